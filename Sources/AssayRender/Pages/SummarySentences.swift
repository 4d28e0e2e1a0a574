import AssayCore

/// The report's summary (`ReportSummary`) in sentences, as HTML with links: the index opens with it and the feed's
/// newest entry repeats it. `href` makes a page path into a link from where the sentences are shown.
struct SummarySentences {
    let report: ReportContext
    let href: (String) -> String

    /// The leading actor's verdict: what comes first and how sure, how firm the ranking is, what the author says.
    func lead(_ verdict: ReportSummary.ActorVerdict) -> [String] {
        guard verdict.hasPreferences else { return [redLinesOnly(verdict)] }
        let actor = actorLink(verdict.actorID)
        var sentences: [String] = []
        switch verdict.first.count {
        case 0:
            sentences.append("From the point of view of \(actor), no option can be ranked: each is vetoed or lacks an assessment.")
        case 1:
            let share = verdict.firstPlaceShare.map { ", and first in \($0.percentText()) of the draws of uncertain weights and levels" } ?? ""
            sentences.append("From the point of view of \(actor), \(options(verdict.first)) comes first\(score(verdict))\(share).")
        default:
            sentences.append("From the point of view of \(actor), \(options(verdict.first)) share first place\(score(verdict)).")
        }
        if let band = verdict.narrowestBand, band.upperShare - band.lowerShare < 0.01 {
            sentences.append("The order is fragile: the smallest change to the weight of \(criterionLink(band.criterionID)) "
                + "(\(band.share.percentText()) of the total) changes it.")
        } else if let band = verdict.narrowestBand {
            sentences.append("The ranking holds while the weight of \(criterionLink(band.criterionID)) stays between \(band.lowerShare.percentText()) "
                + "and \(band.upperShare.percentText()) of the total (it is \(band.share.percentText())); every other weight has more room.")
        }
        if let author = authorSentence(verdict) { sentences.append(author) }
        return sentences
    }

    /// One sentence for an actor after the first.
    func line(_ verdict: ReportSummary.ActorVerdict) -> String {
        guard verdict.hasPreferences else { return redLinesOnly(verdict) }
        let actor = actorLink(verdict.actorID)
        guard !verdict.first.isEmpty else { return "\(actor): no option can be ranked." }
        var details: [String] = []
        if let score = verdict.score { details.append("score \(Formatting.decimal(score))") }
        if let share = verdict.firstPlaceShare, verdict.first.count == 1 { details.append("first in \(share.percentText()) of draws") }
        var sentence = "\(actor): \(options(verdict.first)) \(verdict.first.count == 1 ? "comes" : "share") first"
            + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        if let stated = verdict.statedFirst {
            sentence += agrees(verdict, stated) ? "; the author agrees" : "; the author puts \(options(stated)) first"
        }
        return sentence + "."
    }

    private func redLinesOnly(_ verdict: ReportSummary.ActorVerdict) -> String {
        let shown = Array(verdict.acceptable.prefix(5))
        let more = verdict.acceptable.count - shown.count
        let accepted = verdict.acceptable.isEmpty ? "accepts none of the options"
            : "accepts \(more > 0 ? options(shown, last: ", ") + " and \(more) more" : options(shown))"
        let vetoed = verdict.vetoedCount == 0 ? "vetoes none" : "vetoes \(verdict.vetoedCount) of \(verdict.optionCount)"
        return "\(actorLink(verdict.actorID)) has red lines only, so nothing is scored: it \(accepted), and \(vetoed)."
    }

    private func authorSentence(_ verdict: ReportSummary.ActorVerdict) -> String? {
        guard let stated = verdict.statedFirst else { return nil }
        var sentence = agrees(verdict, stated) ? "The author's own ranking agrees: it also puts \(options(stated)) first"
            : "The author's own ranking puts \(options(stated)) first instead"
        if let tau = verdict.kendallTau {
            sentence += "; Kendall's τ between the two is \(Formatting.decimal(tau)) over \(verdict.comparedCount) options"
                + (verdict.comparedCount < 3 ? ", too few to say much" : "")
        }
        return sentence + "."
    }

    private func agrees(_ verdict: ReportSummary.ActorVerdict, _ stated: [OptionID]) -> Bool {
        !Set(stated).isDisjoint(with: verdict.first)
    }

    private func score(_ verdict: ReportSummary.ActorVerdict) -> String {
        verdict.score.map { ", with a score of \(Formatting.decimal($0)) of 1" } ?? ""
    }


    private func options(_ ids: [OptionID], last: String = " and ") -> String {
        ids.enumerated().map { index, id in
            "<a href=\"\(escape(href(PagePaths.option(id))))\">\(escape(report.optionTitle(id)))</a>"
                + InlineList.separator(after: index, of: ids.count, last: last)
        }.joined()
    }

    private func actorLink(_ id: ActorID) -> String {
        "<a href=\"\(escape(href(PagePaths.actor(id))))\">\(escape(report.actorName(id)))</a>"
    }

    private func criterionLink(_ id: CriterionID) -> String {
        "“<a href=\"\(escape(href(PagePaths.criterion(id))))\">\(escape(report.criterionTitle(id)))</a>”"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
