package dev.mledrill.rubric;

/**
 * Privacy and trust: a statement that the user's data stays local (on-device, nothing
 * uploaded, no network round trip, works offline). A bare "on-device" earns half.
 */
final class PrivacyDetector implements CriterionDetector {
    @Override
    public Finding assess(Analysis a) {
        Finding.Builder f = Finding.of(Criterion.PRIVACY);
        Sentence weak = null;
        for (Sentence s : a.counting()) {
            boolean local = s.has(Concept.LOCAL);
            boolean noUpload = s.has(Concept.NEGATION) && s.has(Concept.UPLOAD);
            boolean subject = s.has(Concept.DATA) || s.has(Concept.USER);
            if ((local || noUpload) && subject) {
                int at = a.find(s, local ? Concept.LOCAL : Concept.UPLOAD);
                return f.earn(1.0, Quotes.clause(a, at)).build();
            }
            if (weak == null && (local || noUpload || s.has(Concept.PRIVACY))) {
                weak = s;
            }
        }
        if (weak != null) {
            int at = Math.max(
                    a.find(weak, Concept.LOCAL), Math.max(a.find(weak, Concept.PRIVACY), a.find(weak, Concept.UPLOAD)));
            return f.earn(0.5, Quotes.clause(a, at)).miss(Hint.PRIVACY_DATA).build();
        }
        return f.miss(Hint.PRIVACY).build();
    }
}
