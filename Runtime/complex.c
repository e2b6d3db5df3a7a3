// complex.c: complex division. Go: runtime/complex.go.
#include "runtime.h"

static inline bool isNaN(double f) { return f != f; }
static inline bool isInf(double f) { return !isNaN(f) && isNaN(f - f); }
static inline bool isFinite(double f) { return !isNaN(f - f); }
static inline double fabs_(double f) { return __builtin_fabs(f); }
static inline double copysign_(double f, double sign) { return __builtin_copysign(f, sign); }
static inline double inf(void) { return __builtin_inf(); }

// complex128div: Smith's algorithm (CACM 5(8), 1962), then C99 G.5.1's
// corrections when both parts came out NaN.
void complex128div(double *out, double a, double b, double c, double d) {
    double e, f;
    if (fabs_(c) >= fabs_(d)) {
        double ratio = d / c, denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isNaN(e) && isNaN(f)) {
        if (c == 0 && d == 0 && (!isNaN(a) || !isNaN(b))) {
            e = copysign_(inf(), c) * a;
            f = copysign_(inf(), c) * b;
        } else if ((isInf(a) || isInf(b)) && isFinite(c) && isFinite(d)) {
            a = copysign_(isInf(a) ? 1 : 0, a);
            b = copysign_(isInf(b) ? 1 : 0, b);
            e = inf() * (a * c + b * d);
            f = inf() * (b * c - a * d);
        } else if ((isInf(c) || isInf(d)) && isFinite(a) && isFinite(b)) {
            c = copysign_(isInf(c) ? 1 : 0, c);
            d = copysign_(isInf(d) ? 1 : 0, d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    out[0] = e;
    out[1] = f;
}
