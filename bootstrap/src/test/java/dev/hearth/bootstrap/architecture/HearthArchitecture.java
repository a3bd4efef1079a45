package dev.hearth.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.hearth.application.port.in.CallScope;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Hearth's architecture rules (conventions §7), each built for a root package so the very same rule runs against the
 * real code ({@code dev.hearth}, see {@link ArchitectureTest}) and against deliberately bad fixture classes (see
 * {@link EveryRuleCatchesItsViolationTest}), which proves that no rule can silently pass.
 *
 * <p>Packages under the root: {@code domain}, {@code application.port.in}, {@code application.port.out},
 * {@code application.service}, {@code application.error}, {@code adapter.in.<tech>} (driving: {@code http}, {@code cli},
 * {@code redis}), {@code adapter.out.<tech>} (driven), {@code bootstrap} (composition root, outside the rings).
 */
final class HearthArchitecture {

    private HearthArchitecture() {
    }

    /** The hexagon as rings: domain inside, then ports (with the error type), then services, adapters outside. */
    static ArchRule ringsDependOnlyInwards(String root) {
        return onionArchitecture()
                .domainModels(root + ".domain..")
                .domainServices(root + ".application.port..", root + ".application.error..")
                .applicationServices(root + ".application.service..")
                .adapter("http", root + ".adapter.*.http..")
                .adapter("cli", root + ".adapter.*.cli..")
                .adapter("postgres", root + ".adapter.*.postgres..")
                .adapter("redis", root + ".adapter.*.redis..")
                .adapter("push", root + ".adapter.*.push..")
                .adapter("identity", root + ".adapter.*.identity..")
                .withOptionalLayers(true)
                .ignoreDependency(resideInAPackage(root + ".bootstrap.."), alwaysTrue())
                // the wire codec sits beside the rings: its own rule lets it see only the domain and Jackson
                .ignoreDependency(resideInAPackage(root + ".wire.."), alwaysTrue())
                .ensureAllClassesAreContainedInArchitectureIgnoring(root + ".bootstrap..", root + ".wire..")
                .because("dependencies point inwards only: the domain knows nothing of use cases, use cases nothing"
                        + " of adapters, so rules can be tested and reused without any technology (conventions §1)");
    }

    /** The domain uses the JDK and itself, nothing else. */
    static ArchRule domainDependsOnlyOnTheJdk(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("the domain jar is embedded in other JVM services and must stay pure Java with no"
                        + " dependency (conventions §1)");
    }

    /** No reading of the system clock in the core: time is an input. */
    static ArchRule coreNeverReadsTheClock(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should(readTheSystemClock())
                .because("time is an input (an asOf date, an assessment period or an injected Clock), so the same"
                        + " inputs give the same result byte for byte (conventions §3)");
    }

    /** No BigDecimal made from a double anywhere in the domain. */
    static ArchRule domainNeverMakesBigDecimalsFromDoubles(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().callConstructor(BigDecimal.class, double.class)
                .orShould().callMethod(BigDecimal.class, "valueOf", double.class)
                .because("a double cannot hold 0.55 or 0.1 exactly; fractional maths uses BigDecimal built from"
                        + " strings (conventions §4)");
    }

    /** No double or float in any field, parameter or return type of the domain. */
    static ArchRule domainNeverUsesFloatingPointForValues(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should(declareFloatingPointMembers())
                .because("money is a long count of pence and fractions are BigDecimal; a double in a signature is"
                        + " how floating-point money creeps in (conventions §4)");
    }

    /** Driving adapters reach the application only through its inbound ports. */
    static ArchRule drivingAdaptersUseOnlyInboundPorts(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter.in..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".application.port.out..", root + ".application.service..")
                .allowEmptyShould(true)
                .because("an HTTP handler, a command of the command line or a stream consumer calls a use case and"
                        + " nothing else, so every way in goes through the same validated, audited path"
                        + " (conventions §1, ADR 0023)");
    }

    /** Driven adapters implement outbound ports; they never start a use case. */
    static ArchRule drivenAdaptersNeverCallUseCases(String root) {
        return noClasses().that().resideInAPackage(root + ".adapter.out..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".application.port.in..", root + ".application.service..")
                .allowEmptyShould(true)
                .because("a database or Redis adapter that called back into use cases would hide control flow and"
                        + " create cycles between the rings");
    }

    /** Inbound ports are named *UseCase. */
    static ArchRule inboundPortsAreNamedUseCase(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..").and().areInterfaces().and().areNotAnnotations()
                .and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("UseCase")
                .allowEmptyShould(true)
                .because("one inbound port per operation, named <Verb><Noun>UseCase (conventions §2)");
    }

    /** Every use case declares how its calls are scoped. */
    static ArchRule useCasesDeclareTheirCallScope(String root) {
        return classes().that().resideInAPackage(root + ".application.port.in..").and().areInterfaces()
                .and().haveSimpleNameEndingWith("UseCase")
                .should().beAnnotatedWith(CallScope.class)
                .allowEmptyShould(true)
                .because("bootstrap scopes each use case as its interface declares, and one that declares nothing"
                        + " must not be written, whichever driving adapter calls it (ADR 0024)");
    }

    /** Outbound ports are named *Port. */
    static ArchRule outboundPortsAreNamedPort(String root) {
        return classes().that().resideInAPackage(root + ".application.port.out..").and().areInterfaces().and().doNotHaveSimpleName("package-info")
                .should().haveSimpleNameEndingWith("Port")
                .allowEmptyShould(true)
                .because("outbound ports are narrow and named <Verb><Noun>Port (conventions §2)");
    }

    /** Use-case and port names are used only where they belong. */
    static ArchRule portNamesAreUsedOnlyForPorts(String root) {
        return classes().that().haveSimpleNameEndingWith("UseCase").or().haveSimpleNameEndingWith("Port")
                .should(beAPortInItsPackage(root))
                .allowEmptyShould(true)
                .because("a reader finds every *UseCase in application.port.in and every *Port in"
                        + " application.port.out, as interfaces (conventions §2)");
    }

    /** Javalin and swagger belong to the HTTP adapter. */
    static ArchRule javalinAndSwaggerOnlyInTheHttpAdapter(String root) {
        return frameworkOnlyIn(root, "the HTTP adapter", new String[] {"io.javalin..", "io.swagger.."},
                root + ".adapter.in.http..");
    }

    /** Picocli belongs to the command-line adapter: bootstrap hands it the wiring, it parses the arguments. */
    static ArchRule picocliOnlyInTheCliAdapter(String root) {
        return frameworkOnlyIn(root, "the command-line adapter", new String[] {"picocli.."},
                root + ".adapter.in.cli..");
    }

    /**
     * JDBI (and Flyway, HikariCP, the driver, the embedded server) belong to the PostgreSQL adapter, and so does Tink,
     * which encrypts the fields that adapter stores (ADR 0013).
     */
    static ArchRule jdbiOnlyInThePostgresAdapter(String root) {
        return frameworkOnlyIn(root, "the PostgreSQL adapter",
                new String[] {"org.jdbi..", "org.flywaydb..", "com.zaxxer.hikari..", "org.postgresql..", "io.zonky..",
                    "com.google.crypto.tink.."},
                root + ".adapter.out.postgres..");
    }

    /**
     * Nimbus JOSE+JWT and Bouncy Castle (the cryptography of tokens and passwords) belong to the identity adapter (ADR
     * 0018): the core sees only ports, so the policy can be read and tested without them.
     */
    static ArchRule nimbusAndBouncyCastleOnlyInTheIdentityAdapter(String root) {
        return frameworkOnlyIn(root, "the identity adapter", new String[] {"com.nimbusds..", "org.bouncycastle.."},
                root + ".adapter.out.identity..");
    }

    /** Jedis belongs to the Redis adapters. */
    static ArchRule jedisOnlyInTheRedisAdapters(String root) {
        return frameworkOnlyIn(root, "the Redis adapters", new String[] {"redis.clients..", "redis.embedded.."},
                root + ".adapter.*.redis..");
    }

    /** Failsafe (retries, circuit breakers) guards calls to the outside world, so it lives in adapters. */
    static ArchRule failsafeOnlyInAdapters(String root) {
        return frameworkOnlyIn(root, "adapters", new String[] {"dev.failsafe.."}, root + ".adapter..");
    }

    private static ArchRule frameworkOnlyIn(String root, String owner, String[] frameworks, String home) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(home)
                .should().dependOnClassesThat().resideInAnyPackage(frameworks)
                .because("each framework is a detail of " + owner + ": replacing it touches one module, and the"
                        + " core and other adapters never see its types (conventions §7)");
    }

    /** Bootstrap wires adapters through their public entries only. */
    static ArchRule bootstrapNeverReachesIntoInternals(String root) {
        return noClasses().that().resideInAPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + "..internal..")
                .because("each adapter module exposes one public entry (e.g. PostgresAdapters); its internals may"
                        + " change without touching the wiring (conventions §1)");
    }

    /**
     * The wire codec (module wire-json) is a library below the adapters: the domain's records and Jackson, nothing
     * else, so the HTTP and PostgreSQL adapters can share one JSON shape without depending on each other or on the
     * application (ADR 0016).
     */
    static ArchRule wireCodecDependsOnlyOnTheDomainAndJackson(String root) {
        return classes().that().resideInAPackage(root + ".wire..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", root + ".domain..", root + ".wire..", "com.fasterxml.jackson..")
                .allowEmptyShould(true)
                .because("the wire codec only says how records look as JSON; a use case, port or adapter type in it"
                        + " would let one adapter reach another through it (ADR 0016)");
    }

    /** Adapters are independent of each other. */
    static ArchRule adaptersNeverDependOnEachOther(String root) {
        return slices().matching(root + ".adapter.*.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .allowEmptyShould(true)
                .because("adapters meet only through the application's ports; one technology never leaks into"
                        + " another (conventions §1)");
    }

    // ----- conditions -------------------------------------------------------------------------------------------

    private static final Set<String> CLOCK_METHODS = Set.of(
            "java.lang.System.currentTimeMillis", "java.lang.System.nanoTime",
            "java.time.Clock.systemUTC", "java.time.Clock.systemDefaultZone", "java.time.Clock.system",
            "java.util.Calendar.getInstance");

    private static ArchCondition<JavaClass> readTheSystemClock() {
        return new ArchCondition<>("read the system clock (now() without a Clock, currentTimeMillis, nanoTime, Clock.system*, new Date())") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaAccess<?> access : item.getAccessesFromSelf()) {
                    String owner = access.getTargetOwner().getName();
                    String name = access.getTarget().getName();
                    boolean clock = (owner.startsWith("java.time.") && name.equals("now") && !takesAClock(access))
                            || CLOCK_METHODS.contains(owner + "." + name)
                            || (owner.equals("java.util.Date") && name.equals("<init>")
                                && access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.ConstructorCallTarget target
                                && target.getRawParameterTypes().isEmpty());
                    if (clock) {
                        events.add(SimpleConditionEvent.satisfied(access, access.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code LocalDate.now(clock)} with an injected Clock is the approved way to ask for "today". */
    private static boolean takesAClock(JavaAccess<?> access) {
        return access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget call
                && call.getRawParameterTypes().size() == 1
                && call.getRawParameterTypes().get(0).isEquivalentTo(java.time.Clock.class);
    }

    private static final Set<String> FLOATING = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    private static ArchCondition<JavaClass> declareFloatingPointMembers() {
        return new ArchCondition<>("declare a double or float field, parameter or return type") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaField field : item.getFields()) {
                    if (floating(field.getRawType())) {
                        events.add(SimpleConditionEvent.satisfied(field, field.getFullName() + " is " + field.getRawType().getName()));
                    }
                }
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    if (unit instanceof JavaMethod && floating(unit.getRawReturnType())) {
                        events.add(SimpleConditionEvent.satisfied(unit, unit.getFullName() + " returns " + unit.getRawReturnType().getName()));
                    }
                    for (JavaType parameter : unit.getParameterTypes()) {
                        if (floating(parameter.toErasure())) {
                            events.add(SimpleConditionEvent.satisfied(unit, unit.getFullName() + " takes " + parameter.getName()));
                        }
                    }
                }
            }

            private boolean floating(JavaClass type) {
                JavaClass base = type;
                while (base.isArray()) {
                    base = base.getComponentType();
                }
                return FLOATING.contains(base.getName());
            }
        };
    }

    private static ArchCondition<JavaClass> beAPortInItsPackage(String root) {
        return new ArchCondition<>("be interfaces in application.port.in (*UseCase) or application.port.out (*Port)") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean useCase = item.getSimpleName().endsWith("UseCase");
                String home = root + ".application.port." + (useCase ? "in" : "out");
                boolean ok = item.isInterface()
                        && (item.getPackageName().equals(home) || item.getPackageName().startsWith(home + "."));
                events.add(new SimpleConditionEvent(item, ok, item.getName() + (ok ? " is" : " is not")
                        + " an interface in " + home));
            }
        };
    }
}
