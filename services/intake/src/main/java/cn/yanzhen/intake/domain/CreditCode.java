package cn.yanzhen.intake.domain;

import java.util.Optional;

/**
 * The 18-character unified social credit code of GB 32100-2015: characters from a 31-letter alphabet,
 * positions 9–17 an organisation code with its own GB 11714 check character, position 18 the check
 * character of the whole code.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int LENGTH = 18;
    private static final int ORGANISATION_START = 8;

    private CreditCode() {
    }

    /** Why the code is not a valid unified social credit code, or empty when it is. */
    public static Optional<String> problemWith(String code) {
        if (code.length() != LENGTH) {
            return Optional.of("须为 18 位，现为 " + code.length() + " 位 / must have 18 characters, has " + code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("第 " + (i + 1) + " 位「" + code.charAt(i) + "」不允许（只可为数字和除 I、O、S、V、Z 外的"
                        + "大写字母） / character " + (i + 1) + " '" + code.charAt(i)
                        + "' is not allowed (digits and upper-case letters except I, O, S, V, Z)");
            }
        }
        char organisationCheck = organisationCheck(code.substring(ORGANISATION_START, ORGANISATION_START + 8));
        if (code.charAt(16) != organisationCheck) {
            return Optional.of("第 9–17 位组织机构代码未通过 GB 11714 校验 / the organisation code (characters 9–17) "
                    + "fails its GB 11714 check");
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.of("第 18 位校验码有误 / the check character (character 18) is wrong");
        }
        return Optional.empty();
    }

    /**
     * Completes a code from its first 16 characters (authority, type, region, organisation body) by
     * adding the organisation check and the overall check character.
     */
    public static String complete(String first16) {
        String seventeen = first16 + organisationCheck(first16.substring(ORGANISATION_START));
        return seventeen + checkCharacter(seventeen);
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static char organisationCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }
}
