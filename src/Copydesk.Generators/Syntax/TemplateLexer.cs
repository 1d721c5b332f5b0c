using System.Collections.Generic;
using System.Text;
using Copydesk.Generators.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Copydesk.Generators.Syntax;

/// <summary>
/// Splits one line of a template into tokens. Templates are line-oriented, so a bad token never
/// spills into the next line; every error is reported and lexing goes on.
/// </summary>
internal static class TemplateLexer
{
    /// <summary>Tokens of <c>text[start..end)</c>, which holds one line without its line break.</summary>
    public static List<TemplateToken> LexLine(string text, int start, int end, List<TemplateDiagnostic> diagnostics)
    {
        var tokens = new List<TemplateToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\uFEFF')
            {
                i++;
                continue;
            }

            var tokenStart = i;
            if (c == '#')
            {
                tokens.Add(Token(TokenKind.Comment, text, tokenStart, end, text.Substring(tokenStart + 1, end - tokenStart - 1).Trim()));
                break;
            }

            if (c == '"')
            {
                i = LexString(text, i, end, tokens, diagnostics);
                continue;
            }

            if (c == '/')
            {
                i = LexPattern(text, i, end, tokens, diagnostics);
                continue;
            }

            if (c == '@')
            {
                i++;
                while (i < end && IsWordChar(text[i]))
                {
                    i++;
                }

                tokens.Add(Token(TokenKind.Annotation, text, tokenStart, i, text.Substring(tokenStart + 1, i - tokenStart - 1)));
                continue;
            }

            if (char.IsDigit(c))
            {
                while (i < end && char.IsDigit(text[i]))
                {
                    i++;
                }

                // A number glued to letters ("90chars") is one bad word, not a number.
                if (i < end && IsWordChar(text[i]))
                {
                    while (i < end && IsWordChar(text[i]))
                    {
                        i++;
                    }

                    tokens.Add(Token(TokenKind.Word, text, tokenStart, i, text.Substring(tokenStart, i - tokenStart)));
                    continue;
                }

                tokens.Add(Token(TokenKind.Number, text, tokenStart, i, text.Substring(tokenStart, i - tokenStart)));
                continue;
            }

            if (IsWordChar(c))
            {
                // Dots join the parts of a qualified name (NewsDesk.Templates), hyphens those of a
                // catalog family name (comment-form).
                while (i < end && (IsWordChar(text[i]) || (text[i] == '.' || text[i] == '-') && i + 1 < end && IsWordChar(text[i + 1])))
                {
                    i++;
                }

                tokens.Add(Token(TokenKind.Word, text, tokenStart, i, text.Substring(tokenStart, i - tokenStart)));
                continue;
            }

            if ("?*+,{}:()".IndexOf(c) >= 0)
            {
                i++;
                tokens.Add(Token(TokenKind.Symbol, text, tokenStart, i, c.ToString()));
                continue;
            }

            i++;
            tokens.Add(Token(TokenKind.Bad, text, tokenStart, i, c.ToString()));
            diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.TemplateSyntaxError, new TextSpan(tokenStart, 1), $"unexpected character '{c}'"));
        }

        return tokens;
    }

    private static int LexString(string text, int i, int end, List<TemplateToken> tokens, List<TemplateDiagnostic> diagnostics)
    {
        var start = i;
        var value = new StringBuilder();
        i++;
        while (i < end)
        {
            var c = text[i];
            if (c == '"')
            {
                i++;
                tokens.Add(Token(TokenKind.String, text, start, i, value.ToString()));
                return i;
            }

            if (c == '\\' && i + 1 < end)
            {
                var next = text[i + 1];
                if (next == '"' || next == '\\')
                {
                    value.Append(next);
                    i += 2;
                    continue;
                }

                diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.TemplateSyntaxError, new TextSpan(i, 2), $"unknown escape '\\{next}' in a string (only \\\" and \\\\ are escapes)"));
                value.Append(next);
                i += 2;
                continue;
            }

            value.Append(c);
            i++;
        }

        tokens.Add(Token(TokenKind.Bad, text, start, end, value.ToString()));
        diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.TemplateSyntaxError, new TextSpan(start, end - start), "unterminated string: a closing '\"' is missing"));
        return end;
    }

    private static int LexPattern(string text, int i, int end, List<TemplateToken> tokens, List<TemplateDiagnostic> diagnostics)
    {
        var start = i;
        i++;
        while (i < end)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < end)
            {
                i += 2;
                continue;
            }

            if (c == '/')
            {
                var pattern = text.Substring(start + 1, i - start - 1);
                i++;
                var flagsStart = i;
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(Token(TokenKind.Pattern, text, start, i, pattern, text.Substring(flagsStart, i - flagsStart)));
                return i;
            }

            i++;
        }

        tokens.Add(Token(TokenKind.Bad, text, start, end, text.Substring(start, end - start)));
        diagnostics.Add(new TemplateDiagnostic(DiagnosticDescriptors.TemplateSyntaxError, new TextSpan(start, end - start), "unterminated pattern: a closing '/' is missing"));
        return end;
    }

    private static TemplateToken Token(TokenKind kind, string text, int start, int end, string value, string flags = "") =>
        new(kind, TextSpan.FromBounds(start, end), text.Substring(start, end - start), value, flags);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
