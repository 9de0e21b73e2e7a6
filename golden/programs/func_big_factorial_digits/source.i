# 1 "func_big_factorial_digits.sy"
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
# 1 "func_big_factorial_digits.sy" 2

int limbs[200];

int mul_small(int n_limbs, int k) {
  int carry = 0, i = 0;
  while (i < n_limbs) {
    int cur = limbs[i] * k + carry;
    limbs[i] = cur % 10000;
    carry = cur / 10000;
    i = i + 1;
  }
  while (carry > 0) {
    limbs[n_limbs] = carry % 10000;
    carry = carry / 10000;
    n_limbs = n_limbs + 1;
  }
  return n_limbs;
}

void print_number(int n_limbs) {
  int i = n_limbs - 1;
  putint(limbs[i]);
  i = i - 1;
  while (i >= 0) {
    int v = limbs[i];
    if (v < 1000) putch(48);
    if (v < 100) putch(48);
    if (v < 10) putch(48);
    putint(v);
    i = i - 1;
  }
  putch(10);
}

int digit_sum(int n_limbs) {
  int s = 0, i = 0;
  while (i < n_limbs) {
    int v = limbs[i];
    while (v > 0) { s = s + v % 10; v = v / 10; }
    i = i + 1;
  }
  return s;
}

int main() {
  int n = getint();
  limbs[0] = 1;
  int len = 1, k = 2;
  while (k <= n) {
    len = mul_small(len, k);
    k = k + 1;
  }
  print_number(len);
  int s = digit_sum(len);
  putf("limbs=%d digit_sum=%d\n", len, s);
  return s % 256;
}
