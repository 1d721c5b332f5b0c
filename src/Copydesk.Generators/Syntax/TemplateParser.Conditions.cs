using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Syntax;

/// <summary>Conditions, read by the phrases of the condition table (<see cref="ConditionDescriptor"/>), not by a switch of their own.</summary>
internal sealed partial class TemplateParser
{
    /// <summary>Every word a condition can start with, for "did you mean".</summary>
    private static readonly string[] ConditionWords = ConditionDescriptor.All
        .SelectMany(d => d.Phrases)
        .Where(p => !p.IsPlaceholder(0))
        .Select(p => p.Words[0])
        .Append("otherwise")
        .Distinct()
        .ToArray();

    private static readonly ConditionDescriptor PatternDescriptor =
        ConditionDescriptor.All.Single(d => d.Shape == ConditionShape.Pattern);

    private ConditionSyntax? ParseCondition()
    {
        var start = Current!;
        if (start.Kind == TokenKind.Pattern)
        {
            return ParsePatternCondition(start);
        }

        if (start.Kind == TokenKind.Bad)
        {
            // The lexer already reported it.
            Next();
            return null;
        }

        if (start.Kind != TokenKind.Word)
        {
            Error(start.Span, $"expected a condition, found '{start.Text}'");
            return null;
        }

        if (start.Value == "otherwise")
        {
            Error(start.Span, "'otherwise' stands alone: it cannot be combined with other conditions");
            Next();
            return null;
        }

        var candidates = ConditionDescriptor.All
            .SelectMany(d => d.Phrases.Select(p => (Descriptor: d, Phrase: p)))
            .Where(c => !c.Phrase.IsPlaceholder(0) && c.Phrase.Words[0] == start.Value)
            .ToList();
        if (candidates.Count == 0)
        {
            var suggestion = Spelling.Suggest(start.Value, ConditionWords);
            Error(start.Span, $"unknown condition '{start.Text}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"),
                suggestion is null ? null : FixProperties.Replace($"Change to '{suggestion}'", suggestion));
            Next();
            return null;
        }

        // Follow the words the phrases share until one phrase is left or an argument starts.
        Next();
        var at = 1;
        while (true)
        {
            var word = at;
            var next = candidates.Where(c => c.Phrase.Words.Count > word && !c.Phrase.IsPlaceholder(word) && Current is not null && Current.IsWord(c.Phrase.Words[word])).ToList();
            if (next.Count > 0)
            {
                Next();
                candidates = next;
                at++;
                continue;
            }

            var done = candidates.Where(c => c.Phrase.Words.Count == word || c.Phrase.IsPlaceholder(word)).ToList();
            if (done.Count == 0)
            {
                var expected = candidates[0].Phrase;
                Error(CurrentSpanOrEnd(), $"expected '{expected.Words[word]}' in '{expected.Text.Replace("{n}", "N")}'");
                return null;
            }

            candidates = done;
            break;
        }

        var (descriptor, phrase) = candidates[0];
        var number = phrase.ImpliedNumber;
        var literals = ImmutableArray<TemplateToken>.Empty;
        var ignoreCase = false;
        CaptureSyntax? then = null;
        for (var i = at; i < phrase.Words.Count; i++)
        {
            if (!phrase.IsPlaceholder(i))
            {
                if (Current is null || !Current.IsWord(phrase.Words[i]))
                {
                    Error(CurrentSpanOrEnd(), $"expected '{phrase.Words[i]}' in '{phrase.Text.Replace("{n}", "N")}'");
                    return null;
                }

                Next();
                continue;
            }

            var what = $"{descriptor.ArgumentDescription} after '{string.Join(" ", phrase.Words.Take(i))}'";
            switch (descriptor.Shape)
            {
                case ConditionShape.Number:
                    var value = ExpectNumber(what);
                    if (value is null)
                    {
                        return null;
                    }

                    number = value.Value;
                    break;
                case ConditionShape.Section:
                    // A bare name, as rules are named: {Name} already means a capture.
                    if (Current is null || Current.Kind != TokenKind.Word)
                    {
                        Error(CurrentSpanOrEnd(), $"expected {what}");
                        return null;
                    }

                    literals = ImmutableArray.Create(Current);
                    Next();
                    break;
                case ConditionShape.Texts:
                    literals = ParseStringList(what);
                    if (literals.IsEmpty)
                    {
                        return null;
                    }

                    ignoreCase = TakeIgnoringCase();
                    break;
                default:
                    var literal = ExpectString(what);
                    if (literal is null)
                    {
                        return null;
                    }

                    literals = ImmutableArray.Create(literal);
                    ignoreCase = TakeIgnoringCase();
                    break;
            }
        }

        if (descriptor.Shape == ConditionShape.Prefix && Current is not null && Current.IsWord("then"))
        {
            Next();
            then = ParseCapture();
            if (then is null)
            {
                return null;
            }
        }

        return new ConditionSyntax(descriptor.Kind, TextSpan.FromBounds(start.Span.Start, Previous.Span.End), number,
            literals, then, null, ImmutableArray<CaptureSyntax>.Empty, ignoreCase);
    }

    /// <summary><c>/pattern/flags [with {Name:type}, …]</c>.</summary>
    private ConditionSyntax? ParsePatternCondition(TemplateToken pattern)
    {
        Next();
        var typed = ImmutableArray<CaptureSyntax>.Empty;
        if (Current is not null && Current.IsWord("with"))
        {
            Next();
            var captures = ImmutableArray.CreateBuilder<CaptureSyntax>();
            do
            {
                var capture = ParseCapture();
                if (capture is null)
                {
                    return null;
                }

                captures.Add(capture);
            }
            while (TryTake(','));
            typed = captures.ToImmutable();
        }

        return new ConditionSyntax(PatternDescriptor.Kind, TextSpan.FromBounds(pattern.Span.Start, Previous.Span.End), 0,
            ImmutableArray<TemplateToken>.Empty, null, pattern, typed);
    }

    private bool TakeIgnoringCase()
    {
        if (Current is not null && Current.IsWord("ignoring") && _position + 1 < _tokens.Count && _tokens[_position + 1].IsWord("case"))
        {
            _position += 2;
            return true;
        }

        return false;
    }
}
