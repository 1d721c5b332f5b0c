using System;
using System.Collections.Immutable;
using System.Linq;

namespace Copydesk.Generators.Catalog;

/// <summary>
/// The built-in catalog: families of boilerplate, attribution and note rules tuned to the wording
/// of real pages, in several languages. Every regular expression is bounded by a <c>max length</c>
/// condition tried before it and is anchored or free of nested quantifiers, so no catalog rule can
/// take more than linear time on hostile text.
/// </summary>
internal static class BuiltInCatalog
{
    /// <summary>The name that stands for every family of a role: <c>@boilerplate use common</c>.</summary>
    public const string Common = "common";

    public static ImmutableArray<CatalogFamily> Families { get; } = ImmutableArray.Create(
        new CatalogFamily("comment-form", SectionRole.Boilerplate, "comment-form residue: Leave a Reply, Your email address will not be published, Post Comment …", """
            @boilerplate CommentForm*      max length 200 and /^(?:leave a (?:reply|comment)|post (?:a )?comment|submit comment|cancel reply|add (?:a )?comment|(?:\d+ )?comments?(?: \(\d+\))?|your e-?mail address will not be published\.?(?: required fields are marked \*?\.?)?|required fields are marked \*?\.?|(?:name|e-?mail|website|comment) ?\*?|save my name, e-?mail,? and website in this browser for the next time i comment\.?|notify me of (?:follow-up comments|new posts) by e-?mail\.?|laisser un commentaire|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\.?|schreibe einen kommentar|kommentar (?:hinterlassen|verfassen|schreiben)|deine e-?mail-adresse wird nicht veröffentlicht\.?|deja una respuesta|deja un comentario|tu dirección de correo electrónico no será publicada\.?|lascia un commento)$/i
            """),
        new CatalogFamily("share-prompts", SectionRole.Boilerplate, "share and follow prompts: Share this:, Click to share on …, Like this:, Follow us on …", """
            @boilerplate SharePrompt*      max length 160 and /^(?:share(?: this(?: article| story| post| page)?| on [\w .+]+| via [\w .+]+| the story)? ?:?|click to (?:share|email|print|tweet)[\w .,+-]*(?:\(opens in new window\))?|(?:like|like this|liked by [\w ,]+):?|loading\.{0,3}|like loading(?:\.{0,3}|…)|tweet|pin it|print(?: this)?(?: article)?|email(?: this)?(?: article)?|whatsapp|facebook|twitter|linkedin|follow us(?: on [\w ,&+.]+)?|follow @\w+(?: on [\w.]+)?|teilen|jetzt teilen|partager|partager sur [\w ]+|compartir|compartir en [\w ]+|condividi)$/i
            """),
        new CatalogFamily("newsletter", SectionRole.Boilerplate, "newsletter and subscription prompts", """
            @boilerplate Newsletter*       max length 240 and /^(?:(?:sign up|subscribe)(?: now| today| for free| here)?(?: (?:to|for) (?:our|the|my) [\w ’'-]{0,60}newsletters?)?[.!]?|newsletters?|get (?:the latest|our best|breaking|top|the day’s|the day's) [\w ,’'-]{0,60}(?:delivered )?(?:straight )?(?:to|in) your inbox[.!]?|enter your e-?mail(?: address)?(?: to subscribe)?[.:]?|(?:join|get) (?:our|the) [\w ’'-]{0,40}newsletter[.!]?|(?:abonnieren sie|abonniere) (?:jetzt )?(?:unseren|den) newsletter[.!]?|newsletter abonnieren|inscrivez-vous à (?:notre|la) newsletter[.!]?|abonnez-vous à (?:notre|la) newsletter[.!]?|suscríbete a (?:nuestro|nuestra|el) (?:newsletter|boletín)[.!]?)$/i
            """),
        new CatalogFamily("related-teasers", SectionRole.Boilerplate, "related-content teasers: See also …, Related:, Read more:, Recommended, More from …, You may also like", """
            @boilerplate SeeAlso*          starts with "See also" ignoring case then {Headline}
            @boilerplate RelatedLink*      max length 220 and /^(?:related(?: articles?| stories| content| coverage| news| posts?)?|read more|read also|also read|more (?:from|on|about|in) [\w .’'&-]{1,60}|recommended(?: for you| stories| reading| articles)?|you (?:may|might) also (?:like|be interested in|enjoy)|top stories|most read|trending(?: now)?|(?:lire|à lire) aussi|voir aussi|mehr zum thema|lesen sie auch|auch interessant|lee también|te puede interesar|leggi anche)(?: ?[:›»>|–—-] ?(?<Headline>.+))?$/i
            """),
        new CatalogFamily("advertisement", SectionRole.Boilerplate, "advertisement markers", """
            @boilerplate Advertisement*    max length 80 and /^(?:advertisement|advertising|ad|ads by \w+|sponsored(?: content| post| links?| by [\w .]+)?|paid (?:content|post|partnership)|story continues below(?: this)? advertisement|continue reading (?:below|the main story)|anzeige|werbung|publicité|publicidad|pubblicità)$/i
            """),
        new CatalogFamily("cookie-consent", SectionRole.Boilerplate, "cookie and consent notices", """
            @boilerplate CookieNotice*     max length 600 and contains "cookie" ignoring case and /\b(?:accept|consent|agree|privacy|preferences|settings|akzeptieren|zustimmen|accepter|aceptar|acepto)/i
            """),
        new CatalogFamily("legal-footer", SectionRole.Boilerplate, "copyright and legal footers: © 2022 …, All rights reserved", """
            @boilerplate LegalFooter*      max length 300 and /^(?:©|\(c\) ?\d{4}|copyright (?:©|\(c\)|\d{4}))|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati/i
            """),
        new CatalogFamily("navigation", SectionRole.Boilerplate, "navigation residue: Skip to content, Back to top, breadcrumbs such as Home › News", """
            @boilerplate Navigation*       max length 120 and /^(?:skip to (?:main )?content|skip to navigation|back to top|go to top|menu|main menu|search|open search|close|home|next (?:article|story|post)|previous (?:article|story|post)|zum inhalt springen|zur navigation|aller au contenu(?: principal)?|ir al contenido(?: principal)?|vai al contenuto)$/i
            @boilerplate Breadcrumb*       max length 160 and no final punctuation and /^[^›»>\n]{1,40}(?: ?[›»>] ?[^›»>\n]{1,40}){1,6}$/
            """),
        new CatalogFamily("image-credits", SectionRole.Boilerplate, "image captions and credits: Photo: …, (Getty Images), Image source, …", """
            @boilerplate ImageCredit*      max length 300 and /^(?:(?:photo|photos|image|picture|foto|fotos|bild|photograph|illustration)(?: credit)?s? ?: ?.+|photo(?:graph)? by .+|image (?:source|caption), ?.+|\((?:getty images|ap photo|afp|reuters|epa|shutterstock|dpa)[^)]{0,80}\)\.?|(?:getty images|shutterstock|istock|ap photo)(?: ?\/ ?[\w .-]{1,60})?|(?:reuters|afp|ap|epa|dpa)\/[\p{L} .-]{2,60}|file photo[:.].*|pictured: ?.+)$/i
            """),
        new CatalogFamily("link-list", SectionRole.Boilerplate, "heuristic: three or more short lines without final punctuation, in one block or as consecutive blocks, as menus and link lists are", """
            @boilerplate LinkList*         min lines 3 and max line length 40 and no final punctuation
            @boilerplate MenuRun*          in a run of 3 and max length 40 and no final punctuation
            """),
        new CatalogFamily("url-line", SectionRole.Boilerplate, "heuristic: a block that is mostly web addresses", """
            @boilerplate UrlLine*          mostly links
            """),
        new CatalogFamily("call-to-action", SectionRole.Boilerplate, "heuristic: a short block that starts with a call to action (Click here, Subscribe, Download our app …)", """
            @boilerplate CallToAction*     max length 120 and /^(?:click here|tap here|subscribe|sign up|log ?in|register(?: now)?|download (?:our|the) app|get the app|join (?:us|now)|become a (?:member|subscriber|supporter)|support (?:our|independent|quality) journalism|donate|buy now|shop now|learn more|continue reading|watch(?: the)? video|listen to (?:this|the) (?:article|story))\b.{0,80}$/i
            """),
        new CatalogFamily("trailing-short-block", SectionRole.Boilerplate, "heuristic: a short block without final punctuation after the credit line (tags, widgets)", """
            @boilerplate TrailingShortBlock* after attribution and in last 3 blocks and max length 60 and no final punctuation
            """),
        new CatalogFamily("page-furniture", SectionRole.Boilerplate, "heuristic: every block outside the story (menus, teasers, footers around the densest stretch of running text), its headline excepted", """
            @boilerplate PageFurniture*    outside story
            """),
        new CatalogFamily("byline", SectionRole.Attribution, "bylines: By Jane Doe, By Jane Doe and John Roe, CNN (also Von, Par, Por)", """
            @attribution Byline*           max length 120 and /^(?:By|BY|Von|VON|Par|PAR|Por|POR) (?<Author>\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|and|und|et|y|de|van|von|der|la|le)){0,8})(?:, (?<Outlet>\p{Lu}[\p{L}\d.&’'-]*(?: \p{Lu}[\p{L}\d.&’'-]*){0,4}))?\.?$/
            """),
        new CatalogFamily("contributor-credit", SectionRole.Attribution, "contributor credits: X’s Y contributed to this report, Reporting by X; Editing by Y, Additional reporting by …", """
            @attribution ContributorCredit* max length 200 and /^(?<Outlet>\p{Lu}[\w.&-]*(?: \p{Lu}[\w.&-]*){0,3})(?:['’]s?| writers?| reporters?| correspondents?) (?<Contributor>\p{Lu}.{0,120}?) contributed (?:reporting )?to this (?:report|story|article)\.?$/
            @attribution ReportingCredit*  max length 300 and /^(?:Additional )?[Rr]eporting by (?<Reporters>[^;]{2,150}?)(?:[;,] ?(?:[Ww]riting by (?<Writers>[^;]{2,100}?)[;,] ?)?(?:[Ee]diting|[Ee]dited) by (?<Editors>[^;]{2,150}?))?\.?$/
            """),
        new CatalogFamily("wire-credit", SectionRole.Attribution, "wire credits: (Reuters) —, (AP) —, Associated Press, AFP", """
            @attribution WireCredit*       max length 60 and /^[(—–-]{0,2} ?(?<Agency>Reuters|AP|AFP|Associated Press|Agence France-Presse|dpa|DPA|Bloomberg|UPI|ANSA|EFE|Xinhua|PA Media)\)?\.?$/
            @attribution WireDateline*     max length 5000 and /^(?:(?<Place>\p{Lu}[\p{L} .,'’-]{0,40}) )?\((?<Agency>Reuters|AP|AFP|dpa|Bloomberg|UPI|ANSA|EFE|Xinhua|PA)\) ?[—–-]/
            """),
        new CatalogFamily("source-line", SectionRole.Attribution, "source lines: Source: …, Originally published by …", """
            @attribution SourceLine*       max length 300 and /^(?:Source|SOURCE|Sources|Quelle|Fuente|Fonte) ?: ?(?<Source>.{2,200})$|^(?:This (?:article|story) (?:was )?)?(?:[Oo]riginally|[Ff]irst) (?:published|appeared) (?:by|on|in|at) (?<Publisher>.{2,200}?)\.?$/
            """),
        new CatalogFamily("update-notes", SectionRole.Note, "update and correction notes: This story has been updated…, Correction: …, Editor’s note: …", """
            @note        UpdateNote*       max length 400 and /^(?:(?:This|The) (?:story|article|report|post) (?:has been|was|is being) updated\b.*|(?:Update|UPDATE|Updated|UPDATED)(?: \d[^:]{0,40})?:.+|Editor['’]s [Nn]ote:.+)$/
            @note        Correction*       max length 600 and /^(?:(?:Correction|CORRECTION|Clarification|CLARIFICATION)s?:.+|An earlier version of this (?:story|article|report)\b.+)$/
            """));

    /// <summary>The family called <paramref name="name"/>, or <c>null</c>.</summary>
    public static CatalogFamily? Find(string name) =>
        Families.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every family of <paramref name="role"/>, for <c>use common</c>.</summary>
    public static ImmutableArray<CatalogFamily> CommonFor(SectionRole role) =>
        Families.Where(f => f.Role == role).ToImmutableArray();
}
