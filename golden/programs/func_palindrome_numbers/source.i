# 1 "func_palindrome_numbers.sy"
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
# 1 "func_palindrome_numbers.sy" 2

int reverse(int n) {
  int r = 0;
  while (n > 0) {
    r = r * 10 + n % 10;
    n = n / 10;
  }
  return r;
}

int is_pal(int n) {
  return n == reverse(n);
}

int is_prime(int n) {
  if (n < 2) return 0;
  if (n % 2 == 0) return n == 2;
  int d = 3;
  while (d * d <= n) {
    if (n % d == 0) return 0;
    d = d + 2;
  }
  return 1;
}

int main() {
  int starts[6] = {56, 57, 59, 87, 89, 196};
  int i = 0;
  while (i < 6) {
    int n = starts[i], steps = 0;
    while (!is_pal(n) && steps < 20 && n < 100000000) {
      n = n + reverse(n);
      steps = steps + 1;
    }
    putf("%d -> %d in %d steps", starts[i], n, steps);
    if (!is_pal(n)) putf(" (gave up)");
    putch(10);
    i = i + 1;
  }
  int count = 0, last = 0;
  int n = 1;
  while (n < 20000) {
    if (is_pal(n) && is_prime(n)) {
      count = count + 1;
      last = n;
    }
    n = n + 1;
  }
  putf("palindromic primes below 20000: %d, largest %d\n", count, last);
  return count;
}
