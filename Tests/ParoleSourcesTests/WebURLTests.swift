import Foundation
import Testing

@testable import ParoleSources

/// The one test of an address to fetch, `URLFetcher.webURL`, which `fetch` and `parole
/// subscribe` both ask.
struct WebURLTests {
    @Test func anHTTPOrHTTPSAddressWithAHostIsAWebURLWhateverTheSchemeCase() {
        #expect(URLFetcher.webURL("https://exemple.fr/article")?.host == "exemple.fr")
        #expect(URLFetcher.webURL("http://127.0.0.1:8080/fil.xml")?.host == "127.0.0.1")
        #expect(URLFetcher.webURL("HTTPS://exemple.fr/")?.host == "exemple.fr")
    }

    @Test func addressesWithoutAHostOrOfAnotherSchemeAreNoWebURL() {
        for text in [
            "https://", "http://", "htps://exemple.fr/a", "ftp://exemple.fr/a", "file:///tmp/fil.xml",
            "javascript:alert(1)", "/2012/07/article", "exemple.fr/article", "",
        ] {
            #expect(URLFetcher.webURL(text) == nil, "\(text)")
        }
    }

    @Test func theFetcherRefusesWhatIsNoWebURLBeforeAnyNetworkAccess() {
        for text in ["https://", "ftp://exemple.fr/a", "javascript:alert(1)"] {
            #expect(throws: FetchError.unsupportedURL, "\(text)") {
                try URLFetcher(timeout: 1).fetch(text)
            }
        }
    }
}
