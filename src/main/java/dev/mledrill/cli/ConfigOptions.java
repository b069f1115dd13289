package dev.mledrill.cli;

import dev.mledrill.app.config.AppConfig;
import dev.mledrill.app.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that opens the database shares: which config file, which data directory. */
final class ConfigOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: $MLE_DRILL_CONFIG, else config/mle-drill.yaml if present).")
    Path config;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Directory of the H2 database; overrides the 'database' key (default ./data).")
    Path data;

    AppConfig load(Map<String, String> env) {
        AppConfig loaded = ConfigLoader.load(Optional.ofNullable(config), env);
        if (data == null) {
            return loaded;
        }
        return new AppConfig(
                data.toString(),
                loaded.questionsDir(),
                loaded.rubricFile(),
                loaded.channels(),
                loaded.streak(),
                loaded.slack(),
                loaded.discord(),
                loaded.retention(),
                loaded.metrics());
    }
}
