import Foundation
import GRDB
import ParoleKit

/// The `v4-corrections` migration: the corrections table, the machine's own analysis kept
/// beside the corrected one, the analysis version, and each appearance's speaker kind and
/// gender for the statistics (filled in for the articles already stored).
enum CorrectionSchema {
    /// Creates the tables and columns, and fills the new columns of stored articles.
    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE correction (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    quoteStart INTEGER,
                    quoteEnd INTEGER,
                    quoteText TEXT,
                    decision TEXT NOT NULL,
                    speaker TEXT,
                    actor TEXT,
                    gender TEXT,
                    createdAt TEXT NOT NULL,
                    placed INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX correction_source ON correction(source);
                CREATE INDEX correction_hash ON correction(hash);
                ALTER TABLE article ADD COLUMN machineAnalysis BLOB;
                ALTER TABLE article ADD COLUMN analysisVersion TEXT;
                ALTER TABLE appearance ADD COLUMN kind TEXT NOT NULL DEFAULT 'person';
                ALTER TABLE appearance ADD COLUMN gender TEXT NOT NULL DEFAULT 'unknown';
                """)
        let estimate = GenderEstimate()
        let update = try db.makeStatement(
            sql: "UPDATE appearance SET kind = ?, gender = ? WHERE articleId = ? AND localId = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, text, analysis FROM article")
        while let row = try rows.next() {
            guard var analysis = try? AnalysisJSON.decode(row["analysis"] as Data) else { continue }
            analysis.text = row["text"]
            let genders = estimate.genders(in: analysis)
            for actor in analysis.actors {
                try update.execute(arguments: [
                    SpeakerKind.of(actor).rawValue, (genders[actor.id] ?? .unknown).rawValue,
                    row["id"] as Int64,
                    actor.id,
                ])
            }
        }
    }
}
