package dev.hearth.adapter.in.http;

import dev.hearth.application.error.ErrorCode;
import dev.hearth.domain.money.Pence;
import dev.hearth.domain.validation.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** Routes that exist only in tests, to drive every error path through real HTTP. */
final class TestRoutes implements RouteModule {

    enum Kind { RENT, COUNCIL_TAX }

    record Item(@Schema(description = "What the item is for.") String label,
                @Schema(description = "The item's monthly cost") Pence amount) {
    }

    record EchoRequest(String name, Pence amount, LocalDate dateOfBirth, Kind kind, List<Item> items) {
    }

    record EchoResponse(String name, Pence amount, int items) {
    }

    /** Counts down when the slow route has started; the test releases it. */
    final CountDownLatch slowStarted = new CountDownLatch(1);
    final CountDownLatch slowRelease = new CountDownLatch(1);

    @Override
    public List<RouteDefinition<?, ?>> routes() {
        return List.of(
                RouteDefinition.post("/test/echo")
                        .operationId("echo").summary("Echo").tags("test")
                        .requestBody(EchoRequest.class, "Anything")
                        .handle(EchoResponse.class, r -> new EchoResponse(r.body().name(), r.body().amount(),
                                r.body().items() == null ? 0 : r.body().items().size())),
                RouteDefinition.get("/test/boom")
                        .operationId("boom").summary("Fails unexpectedly").tags("test")
                        .handle(EchoResponse.class, r -> {
                            throw new IllegalStateException("password=hunter2 at /var/lib/secret");
                        }),
                RouteDefinition.get("/test/invalid")
                        .operationId("invalid").summary("Domain refuses input").tags("test")
                        .errors(ErrorCode.VALIDATION_FAILED)
                        .handle(EchoResponse.class, r -> {
                            new Violations()
                                    .add("children[1].dateOfBirth", "must_not_be_in_future",
                                            "A date of birth cannot be in the future.")
                                    .add("rent.frequency", "required", "Say how often the rent is due.")
                                    .throwIfAny();
                            return null;
                        }),
                RouteDefinition.get("/test/log")
                        .operationId("logSomething").summary("Logs one line").tags("test")
                        .handle(EchoResponse.class, r -> {
                            LoggerFactory.getLogger(TestRoutes.class).info("handler ran");
                            return new EchoResponse("logged", Pence.ZERO, 0);
                        }),
                RouteDefinition.get("/test/slow")
                        .operationId("slow").summary("Waits until released").tags("test")
                        .handle(EchoResponse.class, r -> {
                            slowStarted.countDown();
                            try {
                                slowRelease.await(10, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return new EchoResponse("finished", Pence.ZERO, 0);
                        }),
                RouteDefinition.get("/test/items/{itemId}")
                        .operationId("getItem").summary("Path parameter").tags("test")
                        .pathParam("itemId", "The item's id")
                        .handle(EchoResponse.class, r -> new EchoResponse(r.pathParam("itemId"), Pence.ZERO, 0)));
    }
}
