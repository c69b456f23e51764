package org.essmarket.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

/** Values from requests logged through the apps' logging configuration (logback-spring.xml). */
@ExtendWith(OutputCaptureExtension.class)
class EscapedMessageConverterTest {

    @Test
    void a_value_with_line_breaks_stays_on_its_log_line_escaped(CapturedOutput output) throws Exception {
        Logger log = appsLogging().getLogger("org.essmarket.tender.bid");
        String forged = "s-1\r\n2026-12-07T20:00:00.000Z ERROR 1 --- [main] audit : all bids deleted";

        log.warn("bid refused for supplier {}", forged);

        assertThat(output.getOut().lines().filter(line -> line.contains("all bids deleted")))
                .singleElement().asString()
                .contains("bid refused for supplier s-1\\r\\n2026-12-07T20:00:00.000Z ERROR 1");
    }

    @Test
    void control_characters_are_written_as_escapes_and_tabs_and_accents_as_they_are() {
        assertThat(EscapedMessageConverter.escaped("Entreprise\u001b[31m adaptée\tLyon\u0000\u2028"))
                .isEqualTo("Entreprise\\u001b[31m adaptée\tLyon\\u0000\\u2028");
        assertThat(EscapedMessageConverter.escaped("SCOP ELITS PROPRETE")).isEqualTo("SCOP ELITS PROPRETE");
    }

    private static LoggerContext appsLogging() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(EscapedMessageConverterTest.class.getResource("/logback-spring.xml"));
        return context;
    }
}
