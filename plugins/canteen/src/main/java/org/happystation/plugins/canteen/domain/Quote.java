package org.happystation.plugins.canteen.domain;

/**
 * The price breakdown of one meal, shown before the resident confirms; amounts in fen.
 *
 * @param tier the eater's age tier
 * @param basePriceFen the tier's price
 * @param subsidyFen the subsidy taken off (0 when not eligible, already used today, or the meal costs no more)
 * @param points the points the orderer pays
 * @param pointsValueFen what those points pay
 * @param amountDueFen what is left to pay at the counter; never negative
 */
public record Quote(
        Tier tier, long basePriceFen, long subsidyFen, long points, long pointsValueFen, long amountDueFen) {

    /** The price after the subsidy. */
    public long afterSubsidyFen() {
        return basePriceFen - subsidyFen;
    }

    /** Formats fen as yuan with two decimals, for example {@code 12.50}. */
    public static String yuan(long fen) {
        String sign = fen < 0 ? "-" : "";
        long abs = Math.abs(fen);
        return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
    }
}
