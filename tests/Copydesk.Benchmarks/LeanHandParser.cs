using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Copydesk.Benchmarks;

/// <summary>
/// The lean parser a user writes for WireStory when they do not need Copydesk's tolerance:
/// <c>Regex.Split</c> on blank lines, one <c>[GeneratedRegex]</c> per rule, no white-space
/// collapsing, no quotation check, no findings. It gives the generated parser's answers on every
/// article whose white space is regular (single spaces, LF line ends); on others it may not.
/// </summary>
public static partial class LeanHandParser
{
    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^See also (?<Headline>.+)$")]
    private static partial Regex SeeAlso();

    [GeneratedRegex(@"^The story was updated\b")]
    private static partial Regex Update();

    [GeneratedRegex(@"^(?<Outlet>\p{Lu}[\w.]*)['’]s (?<Contributor>.+) contributed to this report\.$")]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:Leave a Reply|Your email address will not be published\.)$")]
    private static partial Regex CommentForm();

    [GeneratedRegex(@"[.!?…:;,][)\]""'”’»]*$")]
    private static partial Regex FinalPunctuation();

    /// <summary>True when the lean parser's answers may differ from the tolerant parsers': irregular white space.</summary>
    public static bool NeedsTolerance(string text) =>
        text.IndexOf('\r') >= 0 || text.IndexOf('\t') >= 0 || text.IndexOf('\u00A0') >= 0 || text.IndexOf('\uFEFF') >= 0 ||
        text.IndexOf('\u200B') >= 0 || text.Contains("  ") || text.Contains(" \n") || text.Contains("\n ");

    /// <summary>The article with its white space made regular, which is what the lean parser expects.</summary>
    public static string Regularize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Spaces().Replace(lines[i].Replace('\u00A0', ' ').Replace('\t', ' ').Replace("\u200B", "").Replace("\uFEFF", ""), " ").Trim();
        }

        return string.Join("\n", lines);
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    public static StorySummary Parse(string text)
    {
        string? title = null;
        var headings = new List<string>();
        var seeAlso = new List<string>();
        string? outlet = null, contributor = null, update = null;
        int commentForm = 0, paragraphs = 0;
        var shape = new System.Text.StringBuilder();
        var index = 0;
        foreach (var raw in BlankLines().Split(text))
        {
            var block = raw.Trim();
            if (block.Length == 0)
            {
                continue;
            }

            Match match;
            if ((match = SeeAlso().Match(block)).Success)
            {
                seeAlso.Add(match.Groups["Headline"].Value);
            }
            else if (Update().IsMatch(block))
            {
                update ??= block;
            }
            else if ((match = Credit().Match(block)).Success)
            {
                outlet ??= match.Groups["Outlet"].Value;
                contributor ??= match.Groups["Contributor"].Value;
            }
            else if (CommentForm().IsMatch(block))
            {
                commentForm++;
            }
            else if (index == 0)
            {
                title = block;
            }
            else if (block.Length <= 90 && !FinalPunctuation().IsMatch(block))
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
