namespace Copydesk.Generators.Tests.Infrastructure;

/// <summary>Templates written for the tests, beside the sample's WireStory.</summary>
internal static class TestTemplates
{
    /// <summary>Typed captures, an internal type, the project's namespace, two paragraph rules and speech verbs.</summary>
    public const string CourtReport = """
        # Court reports: typed captures and several paragraph rules.
        internal template CourtReport
        speech verbs also "testified"

        @headline    Title       first block
        @note        Hearing?    starts with "Hearing date:" then {Date:date("d MMMM yyyy")}
        @note        Docket?     /^Case (?<Number>\d+)(?: \((?<Court>[^)]+)\))?$/ with {Number:int}
        @paragraph   Testimony*  starts with "Q:"
        @paragraph   Body*       otherwise
        @attribution Byline      starts with "By" then {Author}
        """;

    public const string Minimal = """
        template Minimal in Tests.Other
        @headline    Title    first block
        @paragraph   Body*    otherwise
        @attribution Credit?  starts with "Source:" then {Source}
        """;

    /// <summary>Every kind of condition, every shape of argument, and ignoring case: the rule-table agreement test runs on it.</summary>
    public const string EveryCondition = """
        template EveryCondition in Tests.Conditions
        @headline    Title        first block and no final punctuation
        @note        Dateline?    first text block and max length 40 and /^[A-Z]+ \((?<Agency>\w+)\)$/i
        @boilerplate Share*       one of "Share this", "Tweet" ignoring case
        @boilerplate Exact*       is "Advertisement" ignoring case
        @boilerplate Teaser*      starts with "Read more" ignoring case then {Headline}
        @boilerplate Footer*      in last 2 blocks and contains "rights reserved" ignoring case
        @boilerplate Tail?        last block and ends with "Ends"
        @boilerplate Links*       mostly links
        @boilerplate Menu*        min lines 3 and max line length 30
        @note        Late*        after attribution and ends with "(updated)"
        @heading     Subheading*  max length 80 and no final punctuation
        @paragraph   Body*        otherwise
        @attribution Credit?      starts with "By" then {Author}
        @attribution Count?       /^(?<N>\d+) sources$/ with {N:int}
        """;
}
