using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Syntax;

/// <summary>
/// Reads template text into a <see cref="TemplateSyntaxTree"/>. Hand-written and line-oriented: each
/// line is one statement, an error ends only the condition it is in, and every error is kept.
/// </summary>
internal sealed partial class TemplateParser
{
    /// <summary>The role annotations, by their name in templates.</summary>
    public static readonly ImmutableDictionary<string, SectionRole> Roles = new Dictionary<string, SectionRole>
    {
        ["headline"] = SectionRole.Headline,
        ["heading"] = SectionRole.Heading,
        ["paragraph"] = SectionRole.Paragraph,
        ["attribution"] = SectionRole.Attribution,
        ["note"] = SectionRole.Note,
        ["boilerplate"] = SectionRole.Boilerplate,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    private const string DirectivePrefix = "copydesk:";

    private readonly string _text;
    private readonly List<TemplateDiagnostic> _diagnostics = new();
    private readonly List<RuleSyntax> _rules = new();
    private readonly List<CatalogUseSyntax> _uses = new();
    private readonly List<DirectiveSyntax> _directives = new();
    private readonly List<int> _lineStarts = new();
    private TemplateDeclarationSyntax? _declaration;
    private SpeechVerbsSyntax? _speechVerbs;

    private List<TemplateToken> _tokens = new();
    private int _position;
    private int _lineEnd;

    private TemplateParser(string text)
    {
        _text = text;
    }

    /// <summary>Parses a whole template file. Never throws.</summary>
    public static TemplateSyntaxTree Parse(string text)
    {
        var parser = new TemplateParser(text ?? string.Empty);
        parser.ParseFile();
        return new TemplateSyntaxTree(
            parser._declaration,
            parser._rules.ToImmutableArray(),
            parser._uses.ToImmutableArray(),
            parser._speechVerbs,
            parser._directives.ToImmutableArray(),
            parser._diagnostics.ToImmutableArray(),
            parser._lineStarts.ToImmutableArray());
    }

    private void ParseFile()
    {
        var length = _text.Length;
        var lineStart = 0;
        while (lineStart <= length)
        {
            var lineEnd = lineStart;
            while (lineEnd < length && _text[lineEnd] != '\n' && _text[lineEnd] != '\r')
            {
                lineEnd++;
            }

            _lineStarts.Add(lineStart);
            ReportUnreadableCharacters(lineStart, lineEnd);
            _tokens = TemplateLexer.LexLine(_text, lineStart, lineEnd, _diagnostics);
            _position = 0;
            _lineEnd = lineEnd;
            if (_tokens.Count > 0)
            {
                ParseStatement();
            }

            if (lineEnd >= length)
            {
                break;
            }

            lineStart = lineEnd + (_text[lineEnd] == '\r' && lineEnd + 1 < length && _text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        // A file without any statement is an empty template, which the binder reports as such.
        if (_declaration is null && (_rules.Count > 0 || _uses.Count > 0 || _speechVerbs is not null || _diagnostics.Count > 0))
        {
            var span = _rules.Count > 0 ? new TextSpan(_rules[0].Span.Start, 0) : new TextSpan(0, 0);
            _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.TemplateSyntaxError, span, "the template has no 'template Name' declaration"));
        }
    }

    /// <summary>NUL and U+FFFD are what binary files and text in another encoding turn into: errors at their place (ART0019).</summary>
    private void ReportUnreadableCharacters(int lineStart, int lineEnd)
    {
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (_text[i] == '\0' || _text[i] == '\uFFFD')
            {
                _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.UnreadableTemplate, new TextSpan(i, 1),
                    _text[i] == '\0' ? "a NUL character (U+0000)" : "the replacement character U+FFFD"));
            }
        }
    }

    private void ParseStatement()
    {
        var first = _tokens[0];
        switch (first.Kind)
        {
            case TokenKind.Comment:
                ParseDirective(first);
                return;
            case TokenKind.Annotation:
                ParseRule();
                break;
            case TokenKind.Word when first.Value is "template" or "public" or "internal":
                ParseDeclaration();
                break;
            case TokenKind.Word when first.Value == "speech":
                ParseSpeechVerbs();
                break;
            case TokenKind.Bad:
                return;
            default:
                Error(first.Span, $"'{first.Text}' cannot start a line: expected '@role Name …', 'template Name', 'speech verbs …' or a '#' comment");
                return;
        }

        // Whatever a statement did not consume is an error, unless it is a trailing comment.
        if (_position < _tokens.Count && Current!.Kind != TokenKind.Comment && Current.Kind != TokenKind.Bad)
        {
            var rest = TextSpan.FromBounds(Current.Span.Start, LastNonComment().Span.End);
            Error(rest, $"unexpected '{_text.Substring(rest.Start, rest.Length)}' at the end of the line");
        }
    }

    private void ParseDirective(TemplateToken comment)
    {
        var body = comment.Value;
        if (!body.StartsWith(DirectivePrefix, StringComparison.Ordinal))
        {
            return;
        }

        var bodyStart = comment.Span.Start + comment.Text.IndexOf(DirectivePrefix, StringComparison.Ordinal);
        var words = new List<(string Word, int Start)>();
        var i = bodyStart + DirectivePrefix.Length;
        while (i < comment.Span.End)
        {
            while (i < comment.Span.End && (char.IsWhiteSpace(_text[i]) || _text[i] == ','))
            {
                i++;
            }

            var start = i;
            while (i < comment.Span.End && !char.IsWhiteSpace(_text[i]) && _text[i] != ',')
            {
                i++;
            }

            if (i > start)
            {
                words.Add((_text.Substring(start, i - start), start));
            }
        }

        if (words.Count < 2 || words[0].Word != "disable")
        {
            Error(comment.Span, "a Copydesk directive reads '# copydesk: disable ART0005 [ART0009 …]'");
            return;
        }

        var ids = ImmutableArray.CreateBuilder<(string, TextSpan)>();
        foreach (var (word, start) in words.Skip(1))
        {
            var span = new TextSpan(start, word.Length);
            if (!DiagnosticDescriptors.ById.ContainsKey(word))
            {
                Error(span, $"'{word}' is not a Copydesk diagnostic ID");
                continue;
            }

            ids.Add((word, span));
        }

        _directives.Add(new DirectiveSyntax(ids.ToImmutable(), comment.Span));
    }

    private void ParseDeclaration()
    {
        TemplateToken? accessibility = null;
        if (Current!.Value is "public" or "internal")
        {
            accessibility = Next();
            if (Current is null || !Current.IsWord("template"))
            {
                Error(accessibility.Span, $"expected 'template' after '{accessibility.Text}'");
                _position = _tokens.Count;
                return;
            }
        }

        var keyword = Next();
        var name = ExpectWord("the template's name");
        TemplateToken? ns = null;
        if (Current is not null && Current.IsWord("in"))
        {
            Next();
            ns = ExpectWord("a namespace after 'in'");
        }

        var span = TextSpan.FromBounds((accessibility ?? keyword).Span.Start, Previous.Span.End);
        if (_declaration is not null)
        {
            Error(span, $"the template is already declared at '{_declaration.Name?.Text}': a file holds one template");
            return;
        }

        _declaration = new TemplateDeclarationSyntax(accessibility, keyword, name, ns, span);
    }

    private void ParseSpeechVerbs()
    {
        var start = Next();
        if (Current is null || !Current.IsWord("verbs"))
        {
            Error(start.Span, "expected 'speech verbs \"said\", \"told\" …'");
            _position = _tokens.Count;
            return;
        }

        Next();
        var also = false;
        if (Current is not null && Current.IsWord("also"))
        {
            Next();
            also = true;
        }

        var verbs = ParseStringList("a speech verb in double quotes");
        var span = TextSpan.FromBounds(start.Span.Start, Previous.Span.End);
        if (_speechVerbs is not null)
        {
            Error(span, "speech verbs are already declared: list them all on one line");
            return;
        }

        _speechVerbs = new SpeechVerbsSyntax(also, verbs, span);
    }

    private void ParseRule()
    {
        var annotation = Next();
        SectionRole? role = null;
        if (Roles.TryGetValue(annotation.Value, out var known))
        {
            role = known;
        }
        else
        {
            var suggestion = Spelling.Suggest(annotation.Value, Roles.Keys);
            _diagnostics.Add(new TemplateDiagnostic(
                DiagnosticDescriptors.UnknownRole,
                annotation.Span,
                annotation.Text,
                suggestion is null ? "" : $"; did you mean '@{suggestion}'?")
            {
                Properties = suggestion is null ? FixProperties.None : FixProperties.Replace($"Change to '@{suggestion}'", "@" + suggestion),
            });
        }

        if (Current is not null && Current.IsWord("use"))
        {
            ParseCatalogUse(annotation, role);
            return;
        }

        var name = ExpectWord("the section's name after " + annotation.Text);
        TemplateToken? cardinality = null;
        if (Current is not null && Current.Kind == TokenKind.Symbol && Current.Text is "?" or "*" or "+")
        {
            cardinality = Next();
        }

        var conditions = ImmutableArray.CreateBuilder<ConditionSyntax>();
        TemplateToken? otherwise = null;
        if (Current is null || Current.Kind == TokenKind.Comment)
        {
            Error(new TextSpan(Previous.Span.End, 0), "expected a matcher: conditions joined by 'and', or 'otherwise'");
        }
        else if (Current.IsWord("otherwise"))
        {
            otherwise = Next();
        }
        else
        {
            while (true)
            {
                var condition = ParseCondition();
                if (condition is not null)
                {
                    conditions.Add(condition);
                }
                else
                {
                    // Skip to the next 'and' so later conditions are still checked.
                    while (Current is not null && Current.Kind != TokenKind.Comment && !Current.IsWord("and"))
                    {
                        Next();
                    }
                }

                if (Current is not null && Current.IsWord("and"))
                {
                    var and = Next();
                    if (Current is null || Current.Kind == TokenKind.Comment)
                    {
                        Error(and.Span, "expected a condition after 'and'");
                        break;
                    }

                    continue;
                }

                break;
            }
        }

        var end = Previous.Span.End;
        var span = TextSpan.FromBounds(annotation.Span.Start, end);
        _rules.Add(new RuleSyntax(annotation, role, name, cardinality, conditions.ToImmutable(), otherwise, span, _text.Substring(span.Start, span.Length)));
    }

    private void ParseCatalogUse(TemplateToken annotation, SectionRole? role)
    {
        Next();
        var families = ParseWordList("a catalog family name, or 'common'");
        var excluded = ImmutableArray<TemplateToken>.Empty;
        if (!families.IsEmpty && Current is not null && Current.IsWord("except"))
        {
            Next();
            excluded = ParseWordList("the name of a catalog family to leave out");
        }

        var span = TextSpan.FromBounds(annotation.Span.Start, Previous.Span.End);
        _uses.Add(new CatalogUseSyntax(annotation, role, families, excluded, span, _text.Substring(span.Start, span.Length)));
    }

    private ImmutableArray<TemplateToken> ParseWordList(string what)
    {
        var items = ImmutableArray.CreateBuilder<TemplateToken>();
        do
        {
            var item = ExpectWord(what);
            if (item is null)
            {
                return ImmutableArray<TemplateToken>.Empty;
            }

            items.Add(item);
        }
        while (TryTake(','));
        return items.ToImmutable();
    }

    private CaptureSyntax? ParseCapture()
    {
        if (!TryTake('{'))
        {
            Error(CurrentSpanOrEnd(), "expected a capture such as {Headline} or {Count:int}");
            return null;
        }

        var open = Previous;
        var name = ExpectWord("the capture's name");
        if (name is null)
        {
            return null;
        }

        TemplateToken? type = null;
        TemplateToken? format = null;
        if (TryTake(':'))
        {
            type = ExpectWord("the capture's type (string, int, decimal or date)");
            if (type is null)
            {
                return null;
            }

            if (TryTake('('))
            {
                format = ExpectString("the format in double quotes");
                if (format is null || !Expect(')'))
                {
                    return null;
                }
            }
        }

        if (!Expect('}'))
        {
            return null;
        }

        return new CaptureSyntax(name, type, format, TextSpan.FromBounds(open.Span.Start, Previous.Span.End));
    }

    private ImmutableArray<TemplateToken> ParseStringList(string what)
    {
        var items = ImmutableArray.CreateBuilder<TemplateToken>();
        do
        {
            var item = ExpectString(what);
            if (item is null)
            {
                return ImmutableArray<TemplateToken>.Empty;
            }

            items.Add(item);
        }
        while (TryTake(','));
        return items.ToImmutable();
    }

    private TemplateToken? Current => _position < _tokens.Count ? _tokens[_position] : null;

    private TemplateToken Previous => _tokens[Math.Max(0, _position - 1)];

    private TemplateToken Next() => _tokens[_position++];

    private TemplateToken LastNonComment()
    {
        for (var i = _tokens.Count - 1; i >= 0; i--)
        {
            if (_tokens[i].Kind != TokenKind.Comment)
            {
                return _tokens[i];
            }
        }

        return _tokens[0];
    }

    private TextSpan CurrentSpanOrEnd() =>
        Current is not null && Current.Kind != TokenKind.Comment ? Current.Span : new TextSpan(_position > 0 ? Previous.Span.End : _lineEnd, 0);

    private bool TryTake(char symbol)
    {
        if (Current is not null && Current.IsSymbol(symbol))
        {
            _position++;
            return true;
        }

        return false;
    }

    private bool Expect(char symbol)
    {
        if (TryTake(symbol))
        {
            return true;
        }

        Error(CurrentSpanOrEnd(), $"expected '{symbol}'");
        return false;
    }

    private bool ExpectWords(TemplateToken start, params string[] words)
    {
        foreach (var word in words)
        {
            if (Current is null || !Current.IsWord(word))
            {
                Error(CurrentSpanOrEnd(), $"expected '{word}' in '{start.Text} {string.Join(" ", words)}'");
                return false;
            }

            Next();
        }

        return true;
    }

    private TemplateToken? ExpectWord(string what)
    {
        if (Current is not null && Current.Kind == TokenKind.Word)
        {
            return Next();
        }

        Error(CurrentSpanOrEnd(), "expected " + what);
        return null;
    }

    private TemplateToken? ExpectString(string what)
    {
        if (Current is not null && Current.Kind == TokenKind.String)
        {
            return Next();
        }

        if (Current is not null && Current.Kind == TokenKind.Bad)
        {
            // Already reported by the lexer (e.g. an unterminated string).
            Next();
            return null;
        }

        Error(CurrentSpanOrEnd(), "expected " + what);
        return null;
    }

    private int? ExpectNumber(string what)
    {
        if (Current is not null && Current.Kind == TokenKind.Number)
        {
            var token = Next();
            if (int.TryParse(token.Value, out var value) && value > 0)
            {
                return value;
            }

            Error(token.Span, $"{what} must be a whole number from 1 to {int.MaxValue}");
            return null;
        }

        Error(CurrentSpanOrEnd(), "expected " + what);
        return null;
    }

    private void Error(TextSpan span, string message, System.Collections.Immutable.ImmutableDictionary<string, string?>? fix = null) =>
        _diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.TemplateSyntaxError, span, message) { Properties = fix ?? FixProperties.None });
}
