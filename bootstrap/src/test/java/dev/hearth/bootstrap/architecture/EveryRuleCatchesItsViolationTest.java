package dev.hearth.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.cli.CommandCallingAService;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.cli.CommandCallingAnOutboundPort;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.cli.CommandReachingIntoPostgres;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.cli.CommandUsingTheHttpAdapter;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.cli.ThingCommand;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.http.RoutesCallingAService;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.http.RoutesCallingAnOutboundPort;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.http.RoutesReachingIntoPostgres;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.http.RoutesUsingJdbi;
import dev.hearth.bootstrap.architecture.fixtures.adapter.in.http.ThingRoutes;
import dev.hearth.bootstrap.architecture.fixtures.adapter.out.postgres.AdapterCallingAUseCase;
import dev.hearth.bootstrap.architecture.fixtures.adapter.out.postgres.GoodPostgresAdapters;
import dev.hearth.bootstrap.architecture.fixtures.adapter.out.postgres.JdbiThingAdapter;
import dev.hearth.bootstrap.architecture.fixtures.adapter.out.identity.GoodTokenAdapter;
import dev.hearth.bootstrap.architecture.fixtures.adapter.out.postgres.PostgresSigningWithNimbus;
import dev.hearth.bootstrap.architecture.fixtures.adapter.out.postgres.PostgresUsingJavalin;
import dev.hearth.bootstrap.architecture.fixtures.bootstrap.WiringWithBouncyCastle;
import dev.hearth.bootstrap.architecture.fixtures.adapter.out.postgres.internal.ThingDao;
import dev.hearth.bootstrap.architecture.fixtures.adapter.out.redis.RedisThingAdapter;
import dev.hearth.bootstrap.architecture.fixtures.application.error.GoodError;
import dev.hearth.bootstrap.architecture.fixtures.application.port.in.EstimateThingHandler;
import dev.hearth.bootstrap.architecture.fixtures.application.port.in.EstimateThingQuery;
import dev.hearth.bootstrap.architecture.fixtures.application.port.in.EstimateThingResult;
import dev.hearth.bootstrap.architecture.fixtures.application.port.in.EstimateThingUseCase;
import dev.hearth.bootstrap.architecture.fixtures.application.port.in.UndeclaredThingUseCase;
import dev.hearth.bootstrap.architecture.fixtures.application.port.out.LoadThingPort;
import dev.hearth.bootstrap.architecture.fixtures.application.port.out.ThingRepository;
import dev.hearth.bootstrap.architecture.fixtures.application.service.EstimateThingService;
import dev.hearth.bootstrap.architecture.fixtures.application.service.StampableUseCase;
import dev.hearth.bootstrap.architecture.fixtures.application.service.TimestampingService;
import dev.hearth.bootstrap.architecture.fixtures.bootstrap.GoodWiring;
import dev.hearth.bootstrap.architecture.fixtures.bootstrap.WiringReachingIntoInternals;
import dev.hearth.bootstrap.architecture.fixtures.bootstrap.WiringWithFailsafe;
import dev.hearth.bootstrap.architecture.fixtures.bootstrap.WiringWithJedis;
import dev.hearth.bootstrap.architecture.fixtures.bootstrap.WiringWithPicocli;
import dev.hearth.bootstrap.architecture.fixtures.bootstrap.WiringWithSwagger;
import dev.hearth.bootstrap.architecture.fixtures.bootstrap.WiringWithTink;
import dev.hearth.bootstrap.architecture.fixtures.domain.BigDecimalFromDouble;
import dev.hearth.bootstrap.architecture.fixtures.domain.BigDecimalValueOfDouble;
import dev.hearth.bootstrap.architecture.fixtures.domain.DependsOnALibrary;
import dev.hearth.bootstrap.architecture.fixtures.domain.DependsOnTheApplication;
import dev.hearth.bootstrap.architecture.fixtures.domain.DoubleMoney;
import dev.hearth.bootstrap.architecture.fixtures.domain.GoodMoney;
import dev.hearth.bootstrap.architecture.fixtures.domain.ReadsTheClock;
import dev.hearth.bootstrap.architecture.fixtures.wire.GoodWireCodec;
import dev.hearth.bootstrap.architecture.fixtures.wire.WireCodecUsingTheApplication;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves every architecture rule can fail: each rule, built for the fixture root, passes over the compliant fixture
 * classes alone and fails, naming the culprit, as soon as one deliberately bad class joins them. A rule that could
 * not catch its bad class, or a rule in {@link ArchitectureTest} with no row here, fails this test.
 */
class EveryRuleCatchesItsViolationTest {

    private static final String FIXTURES = "dev.hearth.bootstrap.architecture.fixtures";

    /** A compliant fixture for every ring, so each rule has classes to check and something allowed to pass. */
    private static final List<Class<?>> COMPLIANT = List.of(
            GoodMoney.class, GoodError.class,
            EstimateThingUseCase.class, EstimateThingQuery.class, EstimateThingResult.class, LoadThingPort.class,
            EstimateThingService.class,
            ThingRoutes.class, ThingCommand.class, JdbiThingAdapter.class, GoodPostgresAdapters.class, ThingDao.class,
            RedisThingAdapter.class, GoodTokenAdapter.class,
            GoodWiring.class, GoodWireCodec.class);

    /** rule field name in ArchitectureTest | the rule, for any root | a class that breaks it. */
    static Stream<Arguments> violations() {
        return Stream.of(
                row("the_rings_depend_only_inwards", HearthArchitecture::ringsDependOnlyInwards, DependsOnTheApplication.class),
                row("the_rings_depend_only_inwards", HearthArchitecture::ringsDependOnlyInwards, RoutesReachingIntoPostgres.class),
                row("the_rings_depend_only_inwards", HearthArchitecture::ringsDependOnlyInwards, CommandReachingIntoPostgres.class),
                row("the_domain_depends_only_on_the_jdk", HearthArchitecture::domainDependsOnlyOnTheJdk, DependsOnALibrary.class),
                row("the_domain_depends_only_on_the_jdk", HearthArchitecture::domainDependsOnlyOnTheJdk, DependsOnTheApplication.class),
                row("the_domain_and_application_never_read_the_clock", HearthArchitecture::coreNeverReadsTheClock, ReadsTheClock.class),
                row("the_domain_and_application_never_read_the_clock", HearthArchitecture::coreNeverReadsTheClock, TimestampingService.class),
                row("the_domain_never_makes_big_decimals_from_doubles", HearthArchitecture::domainNeverMakesBigDecimalsFromDoubles, BigDecimalFromDouble.class),
                row("the_domain_never_makes_big_decimals_from_doubles", HearthArchitecture::domainNeverMakesBigDecimalsFromDoubles, BigDecimalValueOfDouble.class),
                row("the_domain_never_uses_floating_point_for_values", HearthArchitecture::domainNeverUsesFloatingPointForValues, DoubleMoney.class),
                row("driving_adapters_use_only_inbound_ports", HearthArchitecture::drivingAdaptersUseOnlyInboundPorts, RoutesCallingAnOutboundPort.class),
                row("driving_adapters_use_only_inbound_ports", HearthArchitecture::drivingAdaptersUseOnlyInboundPorts, RoutesCallingAService.class),
                row("driving_adapters_use_only_inbound_ports", HearthArchitecture::drivingAdaptersUseOnlyInboundPorts, CommandCallingAService.class),
                row("driving_adapters_use_only_inbound_ports", HearthArchitecture::drivingAdaptersUseOnlyInboundPorts, CommandCallingAnOutboundPort.class),
                row("driven_adapters_never_call_use_cases", HearthArchitecture::drivenAdaptersNeverCallUseCases, AdapterCallingAUseCase.class),
                row("inbound_ports_are_named_use_case", HearthArchitecture::inboundPortsAreNamedUseCase, EstimateThingHandler.class),
                row("use_cases_declare_their_call_scope", HearthArchitecture::useCasesDeclareTheirCallScope, UndeclaredThingUseCase.class),
                row("outbound_ports_are_named_port", HearthArchitecture::outboundPortsAreNamedPort, ThingRepository.class),
                row("use_case_and_port_names_are_used_only_for_ports", HearthArchitecture::portNamesAreUsedOnlyForPorts, StampableUseCase.class),
                row("javalin_and_swagger_live_only_in_the_http_adapter", HearthArchitecture::javalinAndSwaggerOnlyInTheHttpAdapter, PostgresUsingJavalin.class),
                row("javalin_and_swagger_live_only_in_the_http_adapter", HearthArchitecture::javalinAndSwaggerOnlyInTheHttpAdapter, WiringWithSwagger.class),
                row("picocli_lives_only_in_the_cli_adapter", HearthArchitecture::picocliOnlyInTheCliAdapter, WiringWithPicocli.class),
                row("jdbi_and_its_companions_live_only_in_the_postgres_adapter", HearthArchitecture::jdbiOnlyInThePostgresAdapter, RoutesUsingJdbi.class),
                row("jdbi_and_its_companions_live_only_in_the_postgres_adapter", HearthArchitecture::jdbiOnlyInThePostgresAdapter, WiringWithTink.class),
                row("nimbus_and_bouncy_castle_live_only_in_the_identity_adapter", HearthArchitecture::nimbusAndBouncyCastleOnlyInTheIdentityAdapter, PostgresSigningWithNimbus.class),
                row("nimbus_and_bouncy_castle_live_only_in_the_identity_adapter", HearthArchitecture::nimbusAndBouncyCastleOnlyInTheIdentityAdapter, WiringWithBouncyCastle.class),
                row("jedis_lives_only_in_the_redis_adapters", HearthArchitecture::jedisOnlyInTheRedisAdapters, WiringWithJedis.class),
                row("failsafe_lives_only_in_adapters", HearthArchitecture::failsafeOnlyInAdapters, WiringWithFailsafe.class),
                row("bootstrap_never_reaches_into_internal_packages", HearthArchitecture::bootstrapNeverReachesIntoInternals, WiringReachingIntoInternals.class),
                row("the_wire_codec_depends_only_on_the_domain_and_jackson", HearthArchitecture::wireCodecDependsOnlyOnTheDomainAndJackson, WireCodecUsingTheApplication.class),
                row("adapters_never_depend_on_each_other", HearthArchitecture::adaptersNeverDependOnEachOther, RoutesReachingIntoPostgres.class),
                row("adapters_never_depend_on_each_other", HearthArchitecture::adaptersNeverDependOnEachOther, CommandReachingIntoPostgres.class),
                row("adapters_never_depend_on_each_other", HearthArchitecture::adaptersNeverDependOnEachOther, CommandUsingTheHttpAdapter.class));
    }

    private static Arguments row(String ruleName, Function<String, ArchRule> rule, Class<?> violator) {
        return Arguments.of(ruleName, rule, violator);
    }

    @ParameterizedTest(name = "{0} catches {2}")
    @MethodSource("violations")
    void the_rule_passes_the_compliant_fixtures_and_catches_the_bad_one(
            String ruleName, Function<String, ArchRule> rule, Class<?> violator) {
        ArchRule fixtureRule = rule.apply(FIXTURES);

        EvaluationResult clean = fixtureRule.evaluate(importClasses(COMPLIANT));
        assertThat(clean.hasViolation()).as(ruleName + " over compliant fixtures:\n" + clean.getFailureReport())
                .isFalse();

        List<Class<?>> withViolator = Stream.concat(COMPLIANT.stream(), Stream.of(violator)).toList();
        EvaluationResult dirty = fixtureRule.evaluate(importClasses(withViolator));
        assertThat(dirty.hasViolation()).as(ruleName + " must catch " + violator.getSimpleName()).isTrue();
        assertThat(dirty.getFailureReport().getDetails()).as("violations of " + ruleName)
                .anySatisfy(line -> assertThat(line).contains(violator.getName()));
    }

    @Test
    void every_rule_in_the_architecture_test_is_proven_here() {
        Set<String> declared = Arrays.stream(ArchitectureTest.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ArchTest.class) && Modifier.isStatic(f.getModifiers())
                        && ArchRule.class.isAssignableFrom(f.getType()))
                .map(Field::getName).collect(Collectors.toSet());
        Set<String> proven = violations().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        assertThat(proven).isEqualTo(declared);
    }

    @Test
    void every_rule_says_why() {
        Arrays.stream(ArchitectureTest.class.getDeclaredFields())
                .filter(f -> ArchRule.class.isAssignableFrom(f.getType()))
                .forEach(f -> {
                    try {
                        f.setAccessible(true);
                        assertThat(((ArchRule) f.get(null)).getDescription()).as(f.getName()).contains(", because ");
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    /**
     * Imports exactly these classes. Dependencies are not followed into the class path (that would import Javalin,
     * JDBI, Jedis... for each case, ten times slower); the rules need only the names of what is depended on.
     */
    private static JavaClasses importClasses(List<Class<?>> classes) {
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importClasses(classes);
        });
    }
}
