# 1 "func_fast_power_mod.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_fast_power_mod.sy" 2

const int P = 1000000007;

int mulmod(int a, int b, int m) {

  int r = 0;
  a = a % m;
  while (b > 0) {
    if (b % 2 == 1) {
      r = r + a;
      if (r >= m) r = r - m;
    }
    a = a + a;
    if (a >= m) a = a - m;
    b = b / 2;
  }
  return r;
}

int powmod(int base, int e, int m) {
  int result = 1 % m;
  base = base % m;
  while (e > 0) {
    if (e % 2) result = mulmod(result, base, m);
    base = mulmod(base, base, m);
    e = e / 2;
  }
  return result;
}

int powmod_rec(int base, int e, int m) {
  if (e == 0) return 1 % m;
  int half = powmod_rec(base, e / 2, m);
  int sq = mulmod(half, half, m);
  if (e % 2 == 1) return mulmod(sq, base % m, m);
  return sq;
}

int fermat_probable_prime(int n) {
  if (n < 4) return n == 2 || n == 3;
  int bases[3] = {2, 3, 5};
  int i = 0;
  while (i < 3) {
    if (bases[i] % n != 0 && powmod(bases[i], n - 1, n) != 1) return 0;
    i = i + 1;
  }
  return 1;
}

int main() {
  putint(powmod(2, 30, P)); putch(10);
  putint(powmod(3, 1000000, P)); putch(10);
  putint(powmod_rec(7, 123456789, P)); putch(10);
  putint(powmod(7, 123456789, P)); putch(10);
  int inv = powmod(12345, P - 2, P);
  putint(inv); putch(32); putint(mulmod(inv, 12345, P)); putch(10);
  int candidates[8] = {97, 561, 1009, 7919, 65537, 1000001, 999983, 1000000007};
  int i = 0, primes = 0;
  while (i < 8) {
    int r = fermat_probable_prime(candidates[i]);
    putint(r);
    primes = primes + r;
    i = i + 1;
  }
  putch(10);
  return primes;
}
