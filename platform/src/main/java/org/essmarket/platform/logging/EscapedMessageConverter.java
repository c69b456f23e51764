package org.essmarket.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A log message with its line breaks and other control characters written escaped ({@code \r},
 * {@code \n}, {@code \u001b}), so that a value taken from a request can never start a log line of
 * its own, forged to look like another event (log injection, CWE-117). Tabs are kept. Stands for
 * {@code %m}, {@code %msg} and {@code %message} in every pattern (see {@code logback-spring.xml}).
 */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escaped(super.convert(event));
    }

    static String escaped(String message) {
        if (message == null || message.chars().noneMatch(EscapedMessageConverter::isEscaped)) {
            return message;
        }
        StringBuilder line = new StringBuilder(message.length() + 16);
        message.chars().forEach(c -> {
            switch (c) {
                case '\r' -> line.append("\\r");
                case '\n' -> line.append("\\n");
                default -> {
                    if (isEscaped(c)) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.append((char) c);
                    }
                }
            }
        });
        return line.toString();
    }

    /** Control characters, and the Unicode line and paragraph separators some log viewers break on. */
    private static boolean isEscaped(int c) {
        return (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
    }
}
