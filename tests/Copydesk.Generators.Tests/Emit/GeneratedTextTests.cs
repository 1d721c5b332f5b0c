using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Copydesk.Generators.Emit;
using Copydesk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Copydesk.Generators.Tests.Emit;

/// <summary>
/// No template text escapes into generated code: every Unicode scalar value, in every position
/// template text reaches (string literals, <c>//</c> comments, XML doc comments, file names),
/// compiles and reads back as written.
/// </summary>
public class GeneratedTextTests
{
    /// <summary>Every scalar value (no surrogate code points), in chunks of at most <paramref name="size"/> code points.</summary>
    private static IEnumerable<string> AllScalars(int size, Func<int, bool>? keep = null)
    {
        var builder = new StringBuilder();
        var count = 0;
        for (var value = 0; value <= 0x10FFFF; value++)
        {
            if (value is >= 0xD800 and <= 0xDFFF || keep is not null && !keep(value))
            {
                continue;
            }

            builder.Append(char.ConvertFromUtf32(value));
            if (++count == size)
            {
                yield return builder.ToString();
                builder.Clear();
                count = 0;
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    [Fact]
    public void Every_scalar_value_in_every_position_compiles_and_the_literal_reads_back()
    {
        var chunks = AllScalars(65536).ToList();
        var source = new StringBuilder("#nullable enable\nnamespace Probe\n{\n    /// <summary>Texts.</summary>\n    public static class Texts\n    {\n");
        for (var i = 0; i < chunks.Count; i++)
        {
            source.Append("        // ").Append(GeneratedText.Comment(chunks[i])).Append('\n');
            source.Append("        /// <summary>").Append(GeneratedText.Xml(chunks[i])).Append("</summary>\n");
            source.Append("        public const string T").Append(i).Append(" = ").Append(GeneratedText.Literal(chunks[i])).Append(";\n");
        }

        source.Append("    }\n}\n");
        var compilation = GeneratorHarness.CreateCompilation("Texts", source.ToString());

        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream, xmlDocumentationStream: new MemoryStream());
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));
        Assert.Empty(emit.Diagnostics);

        var type = Assembly.Load(stream.ToArray()).GetType("Probe.Texts")!;
        for (var i = 0; i < chunks.Count; i++)
        {
            Assert.True(chunks[i] == (string)type.GetField("T" + i)!.GetValue(null)!, $"chunk {i} does not read back");
        }
    }

    [Fact]
    public void Every_scalar_a_template_can_hold_reaches_generated_code_only_as_data()
    {
        // A template line ends at CR and LF, NUL and U+FFFD make a template unreadable, and file
        // names cannot hold path separators; every other scalar value goes into a literal, a
        // pattern, the rule's comments and the file name.
        static bool InString(int c) => c is not ('\r' or '\n' or '\0' or 0xFFFD);
        static bool InFileName(int c) => InString(c) && c is not ('/' or '\\');
        var literals = AllScalars(65536, InString).ToList();
        var patterns = AllScalars(1000, InString).ToList();

        var templates = new List<(string Path, string Text)>();
        for (var t = 0; t < literals.Count; t++)
        {
            var text = new StringBuilder($"template Probe{t} in Probes\n@headline Title first block\n@paragraph Body* otherwise\n@attribution Credit? starts with \"By\"\n");
            text.Append("@note Literal? is \"").Append(literals[t].Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
            for (var p = t; p < patterns.Count; p += literals.Count)
            {
                text.Append("@boilerplate Pattern").Append(p).Append("* /").Append(Regex.Escape(patterns[p]).Replace("/", "\\/")).Append("/\n");
            }

            var fileName = new string(literals[t].Where((_, i) => i < 2000).Where(c => InFileName(c) || char.IsSurrogate(c)).ToArray());
            templates.Add(($"/p/Templates/{t}{fileName}.article", text.ToString()));
        }

        var assembly = GeneratorHarness.CompileAndLoad(templates.ToArray());

        var patternIndex = 0;
        for (var t = 0; t < literals.Count; t++)
        {
            var template = (global::Copydesk.ArticleTemplate)assembly.GetType($"Probes.Probe{t}")!.GetProperty("Template")!.GetValue(null)!;
            var literal = template.Rules.Single(r => r.Name == "Literal").Conditions.Single().Literals.Single();
            Assert.True(literals[t] == literal, $"the literal of template {t} does not read back");
            foreach (var rule in template.Rules.Where(r => r.Name.StartsWith("Pattern", StringComparison.Ordinal)))
            {
                var index = int.Parse(rule.Name.Substring("Pattern".Length), System.Globalization.CultureInfo.InvariantCulture);
                Assert.Matches(rule.Conditions.Single().Pattern!, patterns[index]);
                patternIndex++;
            }
        }

        Assert.Equal(patterns.Count, patternIndex);
    }
}
