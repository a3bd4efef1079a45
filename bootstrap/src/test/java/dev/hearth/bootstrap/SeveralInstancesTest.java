package dev.hearth.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hearth.bootstrap.config.ConfigLoader;
import dev.hearth.bootstrap.config.HearthConfig;
import dev.hearth.testsupport.DocumentedHttp;
import dev.hearth.testsupport.TestRedis;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code hearth serve --instances 2} on the embedded development database (issue 13): two whole instances on one
 * database and one Redis, as behind a load balancer, so what one stores the other serves.
 */
class SeveralInstancesTest {

    private static final DocumentedHttp CLIENT = DocumentedHttp.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void two_instances_on_the_embedded_database_serve_the_same_households_and_sessions() throws Exception {
        HearthConfig config = ConfigLoader.load(Map.of(
                "HEARTH_DATA_DIR", Files.createTempDirectory("hearth-instances").toString(),
                "REDIS_URL", TestRedis.instance().url())).withHttpPort(0);

        List<Hearth> instances = Hearth.startInstances(config, 2);
        try {
            assertThat(instances).hasSize(2);
            Hearth first = instances.get(0);
            Hearth second = instances.get(1);
            assertThat(first.httpPort()).isNotEqualTo(second.httpPort());

            TestCredentials.Login owner = TestCredentials.signUp(first.httpPort(), "two-instances@example.org");
            String id = TestCredentials.createHousehold(first.httpPort(), owner.bearer());
            HttpResponse<String> read = CLIENT.send(second.httpPort(), "GET", "/v1/households/" + id, null, null,
                    owner.bearer());

            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            assertThat(JSON.readTree(read.body()).get("id").asText()).isEqualTo(id);
            assertThat(JSON.readTree(HearthEndToEndTest.get(second, "/health/ready").body()).get("status").asText())
                    .isEqualTo("up");
        } finally {
            for (int i = instances.size() - 1; i >= 0; i--) {
                instances.get(i).close();
            }
        }
    }
}
