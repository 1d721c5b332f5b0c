#if COPYDESK_ANALYZER
namespace Copydesk.Generators;
#else
namespace Copydesk;
#endif

/// <summary>What a section of an article is for.</summary>
#if COPYDESK_ANALYZER
internal
#else
public
#endif
enum SectionRole
{
    /// <summary>The article's title.</summary>
    Headline,

    /// <summary>A subheading; it opens a new section of the article.</summary>
    Heading,

    /// <summary>Body text.</summary>
    Paragraph,

    /// <summary>A credit or byline that says who wrote or supplied the article.</summary>
    Attribution,

    /// <summary>An editorial note such as an update or correction notice.</summary>
    Note,

    /// <summary>Text that is not part of the article (teasers, share prompts, comment forms).</summary>
    Boilerplate,
}
