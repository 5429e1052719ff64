//! Numbers written in few instructions: fixed decimals and zero-padded digits, used by the
//! words (`i18n`) and the geometry (`geo::path`) alike, so neither depends on the other.

/// `x` with `decimals` places (0 to 6), e.g. 18.6017 → "18.602", in integer arithmetic:
/// Rust's float formatting (`{:.2}`) would bring its whole decimal-conversion machinery
/// into the widget's WebAssembly, for numbers that only ever need a few fixed places.
pub fn fixed(x: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals);
    let v = (x.abs() * scale as f64).round() as u64;
    let mut out = String::new();
    if x < 0.0 && v > 0 {
        out.push('-');
    }
    push_digits(&mut out, v / scale, 1);
    if decimals > 0 {
        out.push('.');
        push_digits(&mut out, v % scale, decimals as usize);
    }
    out
}

/// Appends `n` in decimal, zero-padded to at least `width` digits.
pub fn push_digits(out: &mut String, mut n: u64, width: usize) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    while n > 0 || len < width {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    out.extend(digits[..len].iter().rev().map(|d| char::from(*d)));
}
