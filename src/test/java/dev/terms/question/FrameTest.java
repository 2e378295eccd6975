package dev.terms.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.terms.Run;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A question read as a frame: every word with its role, on the bundled file's vocabulary. */
class FrameTest {

    private static final QueryParser PARSER = Run.parser("terms.yaml");

    private static String roles(Frame f) {
        return f.words().stream().map(t -> t.word() + "/" + t.role().word()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Can OpenAI train models on AWS?                  | yes-no | can/modality openai/subject train/action models/thing on/filler aws/place
            Can Microsoft use OpenAI's models in Copilot?    | yes-no | can/modality microsoft/subject use/action openai/party models/thing in/filler copilot/thing
            Who holds the right of first refusal?            | who    | who/asked holds/modality the/filler right/thing of/thing first/thing refusal/thing
            To whom does OpenAI offer the API?               | whom   | to/asked whom/asked does/modality openai/party offer/action the/filler api/thing
            Which state's law governs the partnership?       | where  | which/asked state/asked law/thing governs/thing the/filler partnership/agreement
            Is Microsoft not an investor?                    | yes-no | is/modality microsoft/subject not/polarity an/filler investor/thing
            Can Microsoft terminate if OpenAI does not pay?  | yes-no | can/modality microsoft/subject terminate/action if/condition openai/party does/filler not/filler pay/condition
            Was Microsoft OpenAI's cloud provider in 2023?   | yes-no | was/modality microsoft/subject openai/party cloud/thing provider/thing in/filler 2023/number
            Must OpenAI give notice before terminating?      | yes-no | must/modality openai/subject give/action notice/object before/filler terminating/thing
            When does the revenue sharing end?               | when   | when/asked does/modality the/filler revenue/thing sharing/thing end/asked
            Which product may Microsoft resell?              | which  | which/asked product/thing may/modality microsoft/subject resell/action
            What return does the investment bear?            | what   | what/asked return/object does/modality the/filler investment/thing bear/action
            """)
    void everyWordHasARole(String question, String asked, String roles) {
        Frame f = PARSER.parse(question, LocalDate.of(2026, 11, 26)).frame();
        assertEquals(asked, f.asked().word());
        assertEquals(roles, roles(f));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Does Microsoft hold 49% of OpenAI?                  | 49%
            Is the notice period thirty days?                   | 30 days
            Can OpenAI buy one of Microsoft's data centres?     | -
            Was Microsoft OpenAI's cloud provider in 2023?      | -
            """)
    void numbersAreAmountsWithUnits(String question, String numbers) {
        Frame f = PARSER.parse(question, LocalDate.of(2026, 11, 26)).frame();
        String got = f.numbers().stream().map(Amount::text).collect(Collectors.joining(", "));
        assertEquals(numbers.equals("-") ? "" : numbers, got);
    }

    /** An amount asked without "how much": the answer is the clause's amount. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            What is Robert Goldstein's annual base salary?                          | how-much
            Above what amount of proceeds must the borrower prepay?                 | how-much
            What margin over LIBOR is the borrower paying now?                      | how-much
            What is Gridiron paying per pound for the biomass?                      | how-much
            What is iMine's liability capped at?                                    | how-much
            How is net profit split?                                                | how-much
            What is the ceiling on each party's liability?                          | how-much
            What must Microsoft do?                                                 | what
            How is the agreement governed?                                          | what
            """)
    void amountsAskedWithoutHowMuch(String question, String type) {
        assertEquals(type, PARSER.parse(question, LocalDate.of(2026, 11, 26)).type().word());
    }

    /** A clause set before the question is read last, where the frame finds conditions; a list's comma is left alone. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            If the tenant defaults, can the landlord terminate?       | can the landlord terminate if the tenant defaults?
            After a change in control, does the Company pay?          | does the Company pay after a change in control?
            If X lets Y go, for how long is the salary paid?          | for how long is the salary paid if X lets Y go?
            Can Acme sell, lease or license the software?             | Can Acme sell, lease or license the software?
            In Ontario, the courts decide?                            | In Ontario, the courts decide?
            """)
    void aFrontedClauseIsReadLast(String question, String read) {
        assertEquals(read, QueryParser.frontedLast(question));
    }
}
