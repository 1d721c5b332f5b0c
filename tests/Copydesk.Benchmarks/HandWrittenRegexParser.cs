using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Copydesk.Benchmarks;

/// <summary>What a WireStory parse yields, compared across contestants.</summary>
public sealed record StorySummary(
    string Title,
    string Headings,
    string SeeAlso,
    string? Outlet,
    string? Contributor,
    string? Update,
    int CommentForm,
    int Paragraphs,
    string SectionShape);

/// <summary>
/// The parser a competent user writes by hand for the WireStory template today: <c>Regex.Split</c>
/// on blank lines, whitespace collapsed with a regex, and one regex per rule, tried in the template's
/// order. Two variants: <see cref="RegexOptions.Compiled"/> and <c>[GeneratedRegex]</c>.
/// </summary>
public sealed partial class HandWrittenRegexParser
{
    private readonly Regex _blankLines;
    private readonly Regex _spaces;
    private readonly Regex _seeAlso;
    private readonly Regex _update;
    private readonly Regex _credit;
    private readonly Regex _commentForm;
    private readonly Regex _finalPunctuation;

    private HandWrittenRegexParser(Regex blankLines, Regex spaces, Regex seeAlso, Regex update, Regex credit, Regex commentForm, Regex finalPunctuation)
    {
        _blankLines = blankLines;
        _spaces = spaces;
        _seeAlso = seeAlso;
        _update = update;
        _credit = credit;
        _commentForm = commentForm;
        _finalPunctuation = finalPunctuation;
    }

    private const string BlankLinesPattern = @"(?>\r\n|\r|\n)(?:[^\S\r\n]*(?>\r\n|\r|\n))+";
    private const string SpacesPattern = @"[\s\u200B\uFEFF]+";
    private const string SeeAlsoPattern = @"^See also (?<Headline>.+)$";
    private const string UpdatePattern = @"^The story was updated\b";
    private const string CreditPattern = @"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$";
    private const string CommentFormPattern = @"^(?:Leave a Reply|Your email address will not be published\.)$";
    private const string FinalPunctuationPattern = @"[.!?…:;,][)\]""'”’»]*$";

    public static HandWrittenRegexParser Compiled { get; } = new(
        new Regex(BlankLinesPattern, RegexOptions.Compiled),
        new Regex(SpacesPattern, RegexOptions.Compiled),
        new Regex(SeeAlsoPattern, RegexOptions.Compiled),
        new Regex(UpdatePattern, RegexOptions.Compiled),
        new Regex(CreditPattern, RegexOptions.Compiled),
        new Regex(CommentFormPattern, RegexOptions.Compiled),
        new Regex(FinalPunctuationPattern, RegexOptions.Compiled));

    public static HandWrittenRegexParser SourceGenerated { get; } = new(
        BlankLinesRegex(), SpacesRegex(), SeeAlsoRegex(), UpdateRegex(), CreditRegex(), CommentFormRegex(), FinalPunctuationRegex());

    [GeneratedRegex(BlankLinesPattern)]
    private static partial Regex BlankLinesRegex();

    [GeneratedRegex(SpacesPattern)]
    private static partial Regex SpacesRegex();

    [GeneratedRegex(SeeAlsoPattern)]
    private static partial Regex SeeAlsoRegex();

    [GeneratedRegex(UpdatePattern)]
    private static partial Regex UpdateRegex();

    [GeneratedRegex(CreditPattern)]
    private static partial Regex CreditRegex();

    [GeneratedRegex(CommentFormPattern)]
    private static partial Regex CommentFormRegex();

    [GeneratedRegex(FinalPunctuationPattern)]
    private static partial Regex FinalPunctuationRegex();

    public StorySummary Parse(string text)
    {
        string? title = null;
        var headings = new List<string>();
        var seeAlso = new List<string>();
        string? outlet = null, contributor = null, update = null;
        int commentForm = 0, paragraphs = 0;
        var shape = new System.Text.StringBuilder();
        var index = 0;
        foreach (var raw in _blankLines.Split(text.TrimStart('\uFEFF')))
        {
            var block = _spaces.Replace(raw, " ").Trim();
            if (block.Length == 0)
            {
                continue;
            }

            Match match;
            if ((match = _seeAlso.Match(block)).Success)
            {
                seeAlso.Add(match.Groups["Headline"].Value);
            }
            else if (_update.IsMatch(block))
            {
                update ??= block;
            }
            else if ((match = _credit.Match(block)).Success)
            {
                outlet ??= match.Groups["Outlet"].Value;
                contributor ??= match.Groups["Contributor"].Value;
            }
            else if (_commentForm.IsMatch(block))
            {
                commentForm++;
            }
            else if (index == 0)
            {
                title = block;
            }
            else if (block.Length <= 90 && !_finalPunctuation.IsMatch(block))
            {
                headings.Add(block);
                shape.Append('H');
            }
            else
            {
                paragraphs++;
                shape.Append('p');
            }

            index++;
        }

        return new StorySummary(title ?? "", string.Join("|", headings), string.Join("|", seeAlso), outlet, contributor, update, commentForm, paragraphs, shape.ToString());
    }
}
