import ParoleKit

/// Adding the training-time word classes to the entity model's ``WordClusters``.
extension WordClusters {
    /// These clusters with the vector classes of `vectors` added to every word they know,
    /// keeping at most `maximumWords` words in all (the most frequent vector words first).
    public func adding(_ vectors: WordVectorClasses, maximumWords: Int = 250_000) -> WordClusters {
        var merged = entries
        for (hash, row) in vectors.words {
            let known = merged[hash]
            if known == nil && merged.count >= maximumWords { continue }
            merged[hash] = (known ?? 0) & ~(Self.rowMask << Self.rowShift) | UInt32(row + 1) << Self.rowShift
        }
        return WordClusters(table: merged, fineOfRow: vectors.fineOfRow, coarseOfFine: vectors.coarseOfFine)
    }

    /// These clusters with the teacher's verdict on the words of `teacher` added, keeping at
    /// most `maximumWords` words in all.
    public func adding(_ teacher: TeacherLexicon, maximumWords: Int = 250_000) -> WordClusters {
        var merged = entries
        for (hash, code) in teacher.codes where code != 0 {
            let known = merged[hash]
            if known == nil && merged.count >= maximumWords { continue }
            merged[hash] =
                (known ?? 0) & ~(Self.teacherMask << Self.teacherShift) | UInt32(code) << Self.teacherShift
        }
        return WordClusters(table: merged, fineOfRow: fineOfRow, coarseOfFine: coarseOfFine)
    }
}
