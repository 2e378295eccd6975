package dev.terms.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's model built in code, for the root and the question commands (issue 13): reading a
 * command's annotations costs a one-shot run a third of its time (a proxy class per annotation
 * type, which no class archive can hold, and reflection over every field). The commands built
 * here keep each option's value in a {@link Value}, not behind a getter and setter lambda: on
 * JDK 17 each lambda a run meets costs it ~0.3 ms to link (bench/README.md).
 */
final class Specs {

    private Specs() {}

    /** An option whose value is kept in {@code value}. */
    static OptionSpec.Builder option(Value<?> value, String... names) {
        return OptionSpec.builder(names).setter(value).getter(value);
    }

    /** Positional parameters whose values are kept in {@code value}. */
    static PositionalParamSpec.Builder positional(Value<?> value) {
        return PositionalParamSpec.builder().setter(value).getter(value);
    }

    /**
     * What {@code mixinStandardHelpOptions = true} adds, without the annotated class picocli
     * reads it from: the same options, descriptions and mixin name (so help, completion and
     * {@code CommandSpec.mixinStandardHelpOptions()} see no difference).
     */
    static CommandSpec withStandardHelp(CommandSpec spec) {
        CommandSpec mixin = CommandSpec.create()
                .addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true).descriptionKey("mixinStandardHelpOptions.help")
                        .description("Show this help message and exit.").build())
                .addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
                        .descriptionKey("mixinStandardHelpOptions.version")
                        .description("Print version information and exit.").build());
        return spec.addMixin("mixinStandardHelpOptions", mixin);
    }

    /** Where picocli keeps an option's value, and the command reads it. */
    static final class Value<V> implements IGetter, ISetter {
        private V value;

        Value(V initial) {
            this.value = initial;
        }

        V value() {
            return value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = (T) this.value;
            this.value = (V) value;
            return old;
        }
    }
}
