package dev.mledrill.rubric;

/** A number with a unit found in an answer ("52 ms", "18%", "1.1 BLEU"), with its token and char span. */
record Quantity(double value, String unit, Dimension dimension, int first, int last, int sentence, int start, int end) {

    enum Dimension {
        TIME,
        FRAME_RATE,
        PERCENT,
        POINTS,
        POWER,
        ENERGY,
        CHARGE,
        MEMORY,
        PARAMETERS,
        QUALITY_METRIC,
        COMPUTE,
        FACTOR,
        TEMPERATURE;

        /** What a compute or consumption budget is stated in. */
        boolean isBudget() {
            return this == TIME
                    || this == FRAME_RATE
                    || this == POWER
                    || this == ENERGY
                    || this == CHARGE
                    || this == MEMORY
                    || this == COMPUTE
                    || this == PARAMETERS;
        }

        boolean isConsumption() {
            return this == POWER || this == ENERGY || this == CHARGE || this == TEMPERATURE;
        }
    }

    /** Same value and unit: a repeated figure earns nothing new. */
    long key() {
        return Double.doubleToLongBits(value) * 31 + unit.hashCode();
    }
}
