# 1 "perf_fib_recursive.sy"
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
# 1 "perf_fib_recursive.sy" 2


const int MOD = 1000007;

int add_mod(int a, int b) {
  int s = a + b;
  if (s >= MOD) s = s - MOD;
  return s;
}

int mul_mod(int a, int b) {

  int hi = b / 1024, lo = b % 1024;
  int r = a * hi % MOD;
  r = r * 1024 % MOD;
  return (r + a * lo % MOD) % MOD;
}

int fib_naive(int n) {
  if (n < 2) return n;
  return add_mod(fib_naive(n - 1), fib_naive(n - 2));
}

int fib_iter(int n) {
  int a = 0, b = 1, i = 0;
  while (i < n) {
    int t = add_mod(a, b);
    a = b;
    b = t;
    i = i + 1;
  }
  return a;
}

int pair_second;


int fib_doubling(int n) {
  if (n == 0) {
    pair_second = 1;
    return 0;
  }
  int a = fib_doubling(n / 2);
  int b = pair_second;
  int c = mul_mod(a, add_mod(add_mod(b, b), MOD - a));
  int d = add_mod(mul_mod(a, a), mul_mod(b, b));
  if (n % 2 == 0) {
    pair_second = d;
    return c;
  }
  pair_second = add_mod(c, d);
  return d;
}

int main() {
  int naive_n = getint();
  int iter_n = getint();
  starttime();
  int small = fib_naive(naive_n);
  int i = 0, check = 0, bad = 0;
  while (i <= iter_n) {
    int x = fib_iter(i);
    if (x != fib_doubling(i)) bad = bad + 1;
    check = add_mod(check, x);
    i = i + 1;
  }
  int big = fib_doubling(1000000000);
  stoptime();
  putf("naive F(%d)=%d\n", naive_n, small);
  putf("sum F(0..%d)=%d bad=%d\n", iter_n, check, bad);
  putf("F(10^9) mod %d = %d\n", MOD, big);
  return (check + bad) % 256;
}
