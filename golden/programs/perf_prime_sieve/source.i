# 1 "perf_prime_sieve.sy"
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
# 1 "perf_prime_sieve.sy" 2

int composite[2000001];

void cross_out(int p, int n) {
  int j = p * p;
  while (j <= n) {
    composite[j] = 1;
    j = j + p;
  }
}

int is_prime(int i) {
  return !composite[i];
}

int add_mod(int a, int b) {
  int s = a + b;
  if (s >= 1000000007) s = s - 1000000007;
  return s;
}

int main() {
  int n = getint();
  starttime();
  int i = 2;
  while (i * i <= n) {
    if (is_prime(i)) cross_out(i, n);
    i = i + 1;
  }
  int count = 0, last = 0, max_gap = 0, gap_at = 0, sum = 0;
  i = 2;
  while (i <= n) {
    if (is_prime(i)) {
      count = count + 1;
      if (last > 0 && i - last > max_gap) {
        max_gap = i - last;
        gap_at = last;
      }
      last = i;
      sum = add_mod(sum, i);
    }
    i = i + 1;
  }
  stoptime();
  putf("primes<=%d: %d\n", n, count);
  putf("largest gap %d after %d\n", max_gap, gap_at);
  putf("sum mod p: %d\n", sum);
  return count % 256;
}
