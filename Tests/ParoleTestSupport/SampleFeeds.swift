/// Small invented feeds that several test targets add to a library.
public enum SampleFeeds {
    /// An RSS feed of two dated items: "Premier" (2012-07-02, one quote by Marie Dupont) and
    /// "Second" (2012-07-03, no quote, the word "législatives").
    public static let twoArticles = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title>
        <item><title>Premier</title><link>https://example.org/1</link><pubDate>Mon, 02 Jul 2012 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;« Tout va bien », a affirmé Marie Dupont, maire de la ville.&lt;/p&gt;</description></item>
        <item><title>Second</title><link>https://example.org/2</link><pubDate>Tue, 03 Jul 2012 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Les élections législatives approchent.&lt;/p&gt;</description></item>
        </channel></rss>
        """
}
