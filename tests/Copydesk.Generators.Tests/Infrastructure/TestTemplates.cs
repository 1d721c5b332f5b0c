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
}
