package org.soretstudy.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorFunctionsTest {
    /**
     * {z, erfc z, ierfc z, i^2erfc z, i^3erfc z} from mpmath 1.3 at 30 digits (the closed forms of
     * ErrorFunctions, exact there; checked against mpmath.quad of 2/sqrt(pi) int_z^inf (t - z)^n/n! e^{-t^2}),
     * printed to 20 digits by
     * <pre>
     * python3 -c "from mpmath import mp,erfc,exp,sqrt,pi,nstr;mp.dps=30;[print(repr(z),*(nstr(v,20) for v in
     *   (lambda z,f,g:(f,g-z*f,((1+2*z*z)*f-2*z*g)/4,(2*(1+z*z)*g-z*(3+2*z*z)*f)/12))(mp.mpf(z),erfc(z),
     *   exp(-mp.mpf(z)**2)/sqrt(pi)))) for z in [0,0.05,...,26]]"
     * </pre>
     * z on both sides of Cody's interval ends 0.46875 and 4, of the old series' end 2.5 and of the cutoff 6
     * (Math.nextDown/nextUp: 0.46874999999999994, 3.9999999999999996, ...); beyond 6 for erfc only.
     */
    private static final double[][] MPMATH = {
        {0, 1.0, 0.56418958354775628695, 0.25, 0.094031597257959381158},
        {0.05, 0.94362802220298337304, 0.51559947010286042276, 0.22301701879817433198, 0.082216294703840498053},
        {0.125, 0.85968379519866618261, 0.44798216039849797734, 0.18692206377476042207, 0.066875274075801311971},
        {0.25, 0.72367360983176306701, 0.34908866223011635499, 0.13728231967917622238, 0.046741250398421373968},
        {0.3, 0.67137324054087258381, 0.31421848264721976089, 0.12071053773813518356, 0.04029869333405644224},
        {0.375, 0.59588309056517770168, 0.26672024581101229577, 0.098960726551729619962, 0.032083283482869180133},
        {0.46874999999999994, 0.50738652678206205869, 0.21505913395846638011, 0.076442147173999962804,
            0.023899103497140237245},
        {0.46875, 0.50738652678206200841, 0.21505913395846635195, 0.076442147173999950865, 0.023899103497140233002},
        {0.46875000000000006, 0.50738652678206195813, 0.21505913395846632378, 0.076442147173999938927,
            0.023899103497140228758},
        {0.5, 0.47950012218695346232, 0.19964122837424566589, 0.069964723453176949107, 0.021612750820178119463},
        {0.625, 0.37675911781158202755, 0.14627531924806367532, 0.048478742187875608349, 0.014279481918869860815},
        {0.75, 0.2888443663464848684, 0.10483225983774001323, 0.032898994147468712141, 0.0092472947694228241692},
        {0.9, 0.20309178757716786034, 0.068201678300730257427, 0.020082191658963348484, 0.0053422888857660382106},
        {1, 0.15729920705028513066, 0.050254541660012221011, 0.014197530932565172159, 0.0036432466324803127822},
        {1.1, 0.11979493042591827034, 0.03646537542811193116, 0.0098927761210180038284, 0.0024502113269787201634},
        {1.25, 0.077099871743541769863, 0.021885721544218181281, 0.0055963919707490791655, 0.0013157902695575805612},
        {1.5, 0.033894853524689272933, 0.008622864324780776366, 0.0020065651375867359588, 0.00043386148533676141494},
        {1.75, 0.013328328780817556228, 0.0030629225986444639328, 0.00065202492139048311574,
            0.00013013922896296217129},
        {2, 0.0046777349810472658379, 0.00097802271495149525267, 0.00019141103031032120681,
            0.000035396432285035070906},
        {2.25, 0.0014627165866811516979, 0.00028004719097640019934, 0.000050626056821837700216,
            8.7049892130217580617e-6},
        {2.4999999999999996, 0.00040695201744495990692, 0.000071762071563957692006, 0.000012035414906292877656,
            1.9308328387488857356e-6},
        {2.5, 0.00040695201744495893956, 0.000071762071563957511283, 0.000012035414906292845788,
            1.9308328387488803908e-6},
        {2.75, 0.0001006219221196368369, 0.000016428337717894861662, 2.5665161678037744415e-6,
            3.8541646582901703888e-7},
        {3, 0.000022090496998585441373, 3.3550349776176028269e-6, 4.9007178321995610287e-7, 6.9100713049644368274e-8},
        {3.25, 4.3027794636751218305e-6, 6.1047943484670441207e-7, 8.3665784292885788004e-8, 1.1108639490491131674e-8},
        {3.5, 7.4309837234141274552e-7, 9.8869085497446646461e-8, 1.2753693464821555075e-8, 1.5988718739492934892e-9},
        {3.75, 1.1372725656979665326e-7, 1.4238883479164533554e-8, 1.7339076190156629016e-9,
            2.0576272275784363197e-10},
        {3.9, 3.4792248597231767129e-8, 4.2064549495462131913e-9, 4.9547499769282624596e-10,
            5.6958327923694760139e-11},
        {3.9999999999999996, 1.5417257900280075244e-8, 1.8221417582127227798e-9, 2.1003095864457365601e-10,
            2.3649014842688953037e-11},
        {4, 1.5417257900280018852e-8, 1.8221417582127159331e-9, 2.1003095864457284682e-10, 2.3649014842688859764e-11},
        {4.000000000000001, 1.5417257900279906069e-8, 1.8221417582127022398e-9, 2.1003095864457122843e-10,
            2.3649014842688673219e-11},
        {4.1, 6.7000276540849184417e-9, 7.7444722111022187711e-10, 8.739011024527489992e-11, 9.6413861831612933105e-12},
        {4.25, 1.8505741373867425201e-9, 2.0705677586005003836e-10, 2.2647885644079298498e-11,
            2.424957980896000188e-12},
        {4.5, 1.9661604415428874763e-10, 2.0880749260045595974e-11, 2.1723252034695959651e-12,
            2.2163707146987204801e-13},
        {4.75, 1.8485047721485310887e-11, 1.8678084946514592545e-12, 1.8521675557411199237e-13,
            1.8041552782899221161e-14},
        {5, 1.5374597944280348502e-12, 1.4813429336849340318e-13, 1.4029215185775204597e-14, 1.3070235851235595347e-15},
        {5.25, 1.1310313266887153883e-13, 1.0412289288762172721e-14, 9.4352378421718131434e-16,
            8.4214925746961486733e-17},
        {5.5, 7.3578479179743980631e-15, 6.4841667745542065598e-16, 5.6316116491192711818e-17,
            4.8232326753834709965e-18},
        {5.75, 4.2321366174257376259e-16, 3.5764015462310270052e-17, 2.981870981501414249e-18,
            2.4541652917400103138e-19},
        {5.999999999999999, 2.151973671249914558e-17, 1.7466416874697818747e-18, 1.4000911571544154646e-19,
            1.1088716480747260973e-20},
        {6, 2.1519736712498913117e-17, 1.7466416874697627613e-18, 1.4000911571543999513e-19, 1.108871648074713662e-20},
        {8, 1.122429717298292708e-29, 6.909624589357963465e-31, 4.2224457502546384001e-32, 2.5618564825090337468e-33},
        {15, 7.2129941724512066666e-100, 2.3937622938128545173e-101, 7.9268227531607786394e-103,
            2.6192446441034875879e-104},
        {26, 5.6631924088561428465e-296, 1.0874703305376300182e-297, 2.0866725151166879211e-299,
            4.0010377949204987998e-301},
    };

    private static double repeated(int n, double z) {
        switch (n) {
            case -1: return 2 * Math.exp(-z * z) / Math.sqrt(Math.PI);
            case 0: return ErrorFunctions.erfc(z);
            case 1: return ErrorFunctions.ierfc(z);
            case 2: return ErrorFunctions.i2erfc(z);
            case 3: return ErrorFunctions.i3erfc(z);
            default: throw new IllegalArgumentException("n = " + n);
        }
    }

    @Test
    void erfcMatchesMpmathToRelativeRounding() {
        for (double[] row : MPMATH) {
            double z = row[0], exact = row[1];
            assertTrue(exact > 1e-300);
            assertEquals(exact, ErrorFunctions.erfc(z), 2e-15 * exact, "z = " + z);
        }
        assertEquals(0, ErrorFunctions.erfc(27.3)); // below the smallest subnormal
        assertEquals(0, ErrorFunctions.erfc(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(ErrorFunctions.erfc(Double.NaN)));
    }

    @Test
    void repeatedIntegralsMatchMpmath() {
        // the closed forms lose ~(1 + z^2)^n of erfc's relative accuracy to cancellation (i^n erfc z ~ z^{-n-1}
        // erfc z); the callers need absolute accuracy against the values at 0, which beyond 2.5 is ~1e-18
        for (double[] row : MPMATH) {
            double z = row[0];
            for (int n = 1; n <= 3; n++) {
                double exact = row[n + 1], value = repeated(n, z);
                if (z >= ErrorFunctions.CUTOFF) {
                    assertEquals(0, value, "the cutoff, z = " + z);
                    assertEquals(0, exact, 2e-18, "cut off at z = " + z); // ierfc(6) = 1.7e-18, i^2erfc(6) = 1.4e-19
                } else if (z < 2.5) {
                    assertEquals(exact, value, 2e-15 * Math.pow(1 + z * z, n) * exact, "i^" + n + "erfc(" + z + ")");
                } else {
                    assertEquals(exact, value, 1e-18, "i^" + n + "erfc(" + z + ")");
                }
            }
        }
    }

    @Test
    void valuesAtZeroAreOneOverTwoToTheNGammaOfOnePlusHalfN() {
        double sqrtPi = Math.sqrt(Math.PI);
        double[] gamma = {1, sqrtPi / 2, 1, 3 * sqrtPi / 4}; // Gamma(1 + n/2), n = 0 .. 3
        for (int n = 0; n <= 3; n++) {
            double exact = 1 / (Math.pow(2, n) * gamma[n]);
            assertEquals(exact, repeated(n, 0), 2e-16 * exact, "n = " + n);
        }
    }

    @Test
    void recurrenceHolds() {
        // 2n i^n erfc z = i^{n-2} erfc z - 2 z i^{n-1} erfc z (n = 1: the definition of ierfc), to the accuracy
        // of the two sides: the right one cancels (rounding of its larger term), the left one is i^n erfc's
        for (int k = 0; k <= 59; k++) {
            double z = 0.1 * k;
            for (int n = 1; n <= 3; n++) {
                double a = repeated(n - 2, z), b = 2 * z * repeated(n - 1, z), left = 2 * n * repeated(n, z);
                double tolerance = 2e-15 * (Math.max(a, b) + Math.pow(1 + z * z, n) * left);
                assertEquals(a - b, left, tolerance + 1e-300, "n = " + n + ", z = " + z);
            }
        }
    }

    @Test
    void derivativesAndIntegralsAreConsistent() {
        // moved from GridMarchTest: (i^2 erfc)' = -ierfc, (i^2 erfc)'' = erfc (tabulated erfc(1), erfc(3),
        // erfc(4)), int_0^inf i^2erfc = i^3erfc(0) (Simpson)
        for (double x : new double[] {0.5, 2, 3}) {
            double d = 1e-4;
            double slope = (ErrorFunctions.i2erfc(x + d) - ErrorFunctions.i2erfc(x - d)) / (2 * d);
            // d^2 f'''/6
            assertEquals(-ErrorFunctions.ierfc(x), slope, 1e-7 * ErrorFunctions.ierfc(x) + 1e-10, "z = " + x);
        }
        double simpson = 0, hz = 1e-3;
        for (int k = 0; k <= 27_000; k++) {
            double w = k == 0 || k == 27_000 ? 1 : (k % 2 == 1 ? 4 : 2);
            simpson += w * ErrorFunctions.i2erfc(k * hz);
        }
        assertEquals(1 / (6 * Math.sqrt(Math.PI)), simpson * hz / 3, 1e-13); // i^3 erfc(0)
        double[] z = {1, 3, 4};
        double[] erfc = {0.157299207050285131, 2.20904969985854413e-5, 1.54172579002800189e-8};
        for (int i = 0; i < z.length; i++) {
            double d = 1e-3;
            double second = (ErrorFunctions.i2erfc(z[i] + d) - 2 * ErrorFunctions.i2erfc(z[i])
                    + ErrorFunctions.i2erfc(z[i] - d)) / (d * d);
            assertEquals(erfc[i], second, 1e-6 * erfc[i] + 5e-9, "z = " + z[i]); // + rounding / d^2
        }
    }

    @Test
    void fillGivesTheSingleFunctionsValues() {
        double dz = 0.0731; // crosses 0.46875, 4 and the cutoff
        int count = 100, count3 = 60;
        double[] i2 = new double[count + 3], i3 = new double[count + 3];
        java.util.Arrays.fill(i2, Double.NaN);
        java.util.Arrays.fill(i3, Double.NaN);
        ErrorFunctions.fill(dz, count, i2, count3, i3);
        // (e^{-z^2} by products between exact values: a few ulp of it, against the values at 0, 1/4 and 1/(6 sqrt(pi)))
        for (int j = 0; j < count; j++) {
            assertEquals(ErrorFunctions.i2erfc(j * dz), i2[j], 1e-15 * 0.25, "j = " + j);
            if (j < count3) {
                assertEquals(ErrorFunctions.i3erfc(j * dz), i3[j], 1e-15 * 0.094, "j = " + j);
            }
        }
        assertTrue(Double.isNaN(i2[count]) && Double.isNaN(i3[count3])); // nothing written beyond
    }
}
