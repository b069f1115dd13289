package dev.mledrill.testing;

/** Answers to one question for near-copy tests: an original, a copy of it with small edits, and honest answers in other words. */
public final class CopyTexts {
    public static final String ALICE_TEXT =
            "People notice when our app shows up in the battery settings, so I'd budget the always-listening"
                    + " part at about 2 mW, well under one percent of a day's battery on a 17 Wh phone. The CPU version cost around 60 mW"
                    + " because it never let the processor sleep. I'd move a small int8 wake-phrase model onto the low-power DSP and only"
                    + " wake the main CPU when it thinks it heard the phrase. Detection should stay within a point of the CPU model."
                    + " The audio never leaves the phone and is thrown away unless the wake phrase fires.";
    public static final String BOB_COPY =
            "Users notice when our app shows up in the battery settings, so I would budget the always"
                    + " listening part at about 2 mW, well under 1 percent of a day's battery on a 17 Wh phone. The CPU version cost about"
                    + " 60 mW since it never let the processor sleep. I'd move a small int8 wake phrase model onto the low power DSP and"
                    + " only wake the main CPU when it thinks it heard the phrase. The audio never leaves the phone.";
    public static final String BOB_OWN =
            "The goal is that the wake phrase costs users almost nothing: I set a budget of 2 milliwatts"
                    + " for the always-on path, roughly 0.3 percent of the battery per day. Keeping the detector on the application"
                    + " processor meant 60 mW, so the fix is a tiny quantized detector on the audio DSP, keeping the big cores asleep"
                    + " until there's a likely hit. Audio sits in a short ring buffer and is discarded, nothing is uploaded.";
    public static final String CARL_HONEST =
            "Being at the top of the battery list is what users complained about, so success means the"
                    + " feature disappears from that list. Budget: about 7 mW average including wake-ups, with the always-on detector"
                    + " itself below 2 mW. Run it on the DSP, not the main CPU, which drew an extra 60 mW by staying out of deep sleep."
                    + " Privacy: the microphone buffer never leaves the DSP unless the phrase is heard.";

    private CopyTexts() {}
}
