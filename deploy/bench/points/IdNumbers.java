// Prints made-up ID numbers with valid check characters for benchmark volunteers 1..N: java IdNumbers.java N
public class IdNumbers {
    public static void main(String[] args) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        for (int n = 1; n <= Integer.parseInt(args[0]); n++) {
            String first17 = String.format("21030219%02d%02d%02d%03d", 50 + n % 40, 1 + n % 12, 1 + n % 28, n % 1000);
            int sum = 0;
            for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * weights[i];
            System.out.println(first17 + "10X98765432".charAt(sum % 11));
        }
    }
}
