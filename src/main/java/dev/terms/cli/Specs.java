package dev.terms.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's model built in code, for the root and the question commands (issue 13): reading a
 * command's annotations costs a one-shot run a third of its time (a proxy class per annotation
 * type, which no class archive can hold, and reflection over every field). The commands built
 * here keep their options in their own fields, as the annotated ones do.
 */
final class Specs {

    private Specs() {}

    /** An option whose value lives in a field of the command, read and written through these two. */
    static <T> OptionSpec.Builder option(Supplier<T> get, Consumer<T> set, String... names) {
        Binding<T> b = new Binding<>(get, set);
        return OptionSpec.builder(names).setter(b).getter(b);
    }

    /** Positional parameters whose values live in a field of the command, as {@link #option}. */
    static <T> PositionalParamSpec.Builder positional(Supplier<T> get, Consumer<T> set) {
        Binding<T> b = new Binding<>(get, set);
        return PositionalParamSpec.builder().setter(b).getter(b);
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

    private static final class Binding<V> implements IGetter, ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        Binding(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            set.accept((V) value);
            return old;
        }
    }
}
