# 1 "func_recursive_mccarthy_digits.sy"
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
# 1 "func_recursive_mccarthy_digits.sy" 2

int mc91(int n) {
  if (n > 100) return n - 10;
  return mc91(mc91(n + 11));
}

int digital_root(int n) {
  if (n < 10) return n;
  int s = 0;
  while (n > 0) { s = s + n % 10; n = n / 10; }
  return digital_root(s);
}


int parity(int n, int mode) {
  if (n == 0) return mode == 0;
  return parity(n - 1, 1 - mode);
}

int catalan(int n) {
  if (n <= 1) return 1;
  int s = 0, i = 0;
  while (i < n) {
    s = s + catalan(i) * catalan(n - 1 - i);
    i = i + 1;
  }
  return s;
}

int binom(int n, int k) {
  if (k == 0 || k == n) return 1;
  return binom(n - 1, k - 1) + binom(n - 1, k);
}

int main() {
  int i = 80, acc = 0;
  while (i <= 110) {
    acc = acc + mc91(i);
    i = i + 5;
  }
  putint(acc); putch(10);
  putint(digital_root(987654321)); putch(32);
  putint(digital_root(38)); putch(10);
  putint(parity(17, 0)); putint(parity(17, 1)); putint(parity(40, 0)); putch(10);
  i = 0;
  while (i <= 12) {
    putint(catalan(i));
    putch(32);
    i = i + 1;
  }
  putch(10);
  putint(binom(16, 8)); putch(10);
  return catalan(7) % 256;
}
