package org.chainrule.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The program's version, as the build wrote it into {@code org/chainrule/version.properties}. */
final class Version implements IVersionProvider {
    static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/chainrule/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // an unreadable resource is reported as an unknown version
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"chainrule " + number()};
    }
}
