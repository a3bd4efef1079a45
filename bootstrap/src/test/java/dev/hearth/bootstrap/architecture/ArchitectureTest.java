package dev.hearth.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Hearth's architecture rules (conventions §7) over the real production code of every module. Each rule is proven to
 * catch a deliberately bad class in {@link EveryRuleCatchesItsViolationTest}; none is frozen.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT,
        importOptions = {ImportOption.DoNotIncludeTests.class, HearthModulesOnly.class})
class ArchitectureTest {

    static final String ROOT = "dev.hearth";

    @ArchTest
    static final ArchRule the_rings_depend_only_inwards = HearthArchitecture.ringsDependOnlyInwards(ROOT);

    @ArchTest
    static final ArchRule the_domain_depends_only_on_the_jdk = HearthArchitecture.domainDependsOnlyOnTheJdk(ROOT);

    @ArchTest
    static final ArchRule the_domain_and_application_never_read_the_clock =
            HearthArchitecture.coreNeverReadsTheClock(ROOT);

    @ArchTest
    static final ArchRule the_domain_never_makes_big_decimals_from_doubles =
            HearthArchitecture.domainNeverMakesBigDecimalsFromDoubles(ROOT);

    @ArchTest
    static final ArchRule the_domain_never_uses_floating_point_for_values =
            HearthArchitecture.domainNeverUsesFloatingPointForValues(ROOT);

    @ArchTest
    static final ArchRule driving_adapters_use_only_inbound_ports =
            HearthArchitecture.drivingAdaptersUseOnlyInboundPorts(ROOT);

    @ArchTest
    static final ArchRule driven_adapters_never_call_use_cases =
            HearthArchitecture.drivenAdaptersNeverCallUseCases(ROOT);

    @ArchTest
    static final ArchRule inbound_ports_are_named_use_case = HearthArchitecture.inboundPortsAreNamedUseCase(ROOT);

    @ArchTest
    static final ArchRule use_cases_declare_their_call_scope = HearthArchitecture.useCasesDeclareTheirCallScope(ROOT);

    @ArchTest
    static final ArchRule outbound_ports_are_named_port = HearthArchitecture.outboundPortsAreNamedPort(ROOT);

    @ArchTest
    static final ArchRule use_case_and_port_names_are_used_only_for_ports =
            HearthArchitecture.portNamesAreUsedOnlyForPorts(ROOT);

    @ArchTest
    static final ArchRule javalin_and_swagger_live_only_in_the_http_adapter =
            HearthArchitecture.javalinAndSwaggerOnlyInTheHttpAdapter(ROOT);

    @ArchTest
    static final ArchRule picocli_lives_only_in_the_cli_adapter = HearthArchitecture.picocliOnlyInTheCliAdapter(ROOT);

    @ArchTest
    static final ArchRule jdbi_and_its_companions_live_only_in_the_postgres_adapter =
            HearthArchitecture.jdbiOnlyInThePostgresAdapter(ROOT);

    @ArchTest
    static final ArchRule nimbus_and_bouncy_castle_live_only_in_the_identity_adapter =
            HearthArchitecture.nimbusAndBouncyCastleOnlyInTheIdentityAdapter(ROOT);

    @ArchTest
    static final ArchRule jedis_lives_only_in_the_redis_adapters = HearthArchitecture.jedisOnlyInTheRedisAdapters(ROOT);

    @ArchTest
    static final ArchRule failsafe_lives_only_in_adapters = HearthArchitecture.failsafeOnlyInAdapters(ROOT);

    @ArchTest
    static final ArchRule bootstrap_never_reaches_into_internal_packages =
            HearthArchitecture.bootstrapNeverReachesIntoInternals(ROOT);

    @ArchTest
    static final ArchRule the_wire_codec_depends_only_on_the_domain_and_jackson =
            HearthArchitecture.wireCodecDependsOnlyOnTheDomainAndJackson(ROOT);

    @ArchTest
    static final ArchRule adapters_never_depend_on_each_other = HearthArchitecture.adaptersNeverDependOnEachOther(ROOT);

    /** Guards the import itself: a rule over a half-empty import would pass for the wrong reason. */
    @ArchTest
    static void the_import_holds_every_production_module_and_no_test_code(JavaClasses classes) {
        assertThat(classes.contain("dev.hearth.domain.money.Pence")).as("domain").isTrue();
        assertThat(classes.contain("dev.hearth.application.error.ApplicationException")).as("application").isTrue();
        assertThat(classes.contain("dev.hearth.adapter.out.postgres.PostgresAdapters")).as("adapters-postgres").isTrue();
        assertThat(classes.contain("dev.hearth.adapter.out.redis.RedisAdapters")).as("adapters-redis").isTrue();
        assertThat(classes.contain("dev.hearth.adapter.out.identity.IdentityAdapters")).as("adapters-identity").isTrue();
        assertThat(classes.contain("dev.hearth.wire.json.WireJson")).as("wire-json").isTrue();
        assertThat(classes.contain("dev.hearth.adapter.in.cli.HearthCommandLine")).as("adapters-cli").isTrue();
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .as("no test-support, no fixtures, no test classes")
                .noneMatch(p -> p.startsWith("dev.hearth.testsupport") || p.contains(".fixtures"))
                .isNotEmpty();
        assertThat(classes.contain(ArchitectureTest.class.getName())).isFalse();
    }
}
