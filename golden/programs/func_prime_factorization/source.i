# 1 "func_prime_factorization.sy"
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
# 1 "func_prime_factorization.sy" 2

void factor(int n) {
  int d = 2, first = 1;
  int divisors = 1, phi = n, m = n;
  putint(n);
  putch(61);
  while (d <= m / d) {
    if (m % d == 0) {
      int e = 0;
      while (m % d == 0) {
        m = m / d;
        e = e + 1;
      }
      if (!first) putch(42);
      putint(d);
      if (e > 1) { putch(94); putint(e); }
      first = 0;
      divisors = divisors * (e + 1);
      phi = phi / d * (d - 1);
    }
    d = d + 1;
  }
  if (m > 1) {
    if (!first) putch(42);
    putint(m);
    divisors = divisors * 2;
    phi = phi / m * (m - 1);
  }
  putf(" divisors=%d phi=%d\n", divisors, phi);
}

int main() {
  int count = getint(), last = 0;
  while (count > 0) {
    int n = getint();
    if (n >= 2) factor(n);
    last = n;
    count = count - 1;
  }
  return last % 256;
}
