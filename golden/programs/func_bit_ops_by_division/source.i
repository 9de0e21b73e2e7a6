# 1 "func_bit_ops_by_division.sy"
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
# 1 "func_bit_ops_by_division.sy" 2

int bit_and(int a, int b) {
  int r = 0, w = 1;
  while (a > 0 && b > 0) {
    if (a % 2 == 1 && b % 2 == 1) r = r + w;
    a = a / 2; b = b / 2;
    if (a > 0 && b > 0) w = w * 2;
  }
  return r;
}

int bit_or(int a, int b) {
  int r = 0, w = 1;
  while (a > 0 || b > 0) {
    if (a % 2 == 1 || b % 2 == 1) r = r + w;
    a = a / 2; b = b / 2;
    if (a > 0 || b > 0) w = w * 2;
  }
  return r;
}

int bit_xor(int a, int b) {
  return bit_or(a, b) - bit_and(a, b);
}

int shl(int a, int k) {
  while (k > 0) { a = a * 2; k = k - 1; }
  return a;
}

int shr(int a, int k) {
  while (k > 0) { a = a / 2; k = k - 1; }
  return a;
}

int popcount(int a) {
  int c = 0;
  while (a) { c = c + a % 2; a = a / 2; }
  return c;
}

int reverse_bits16(int a) {
  int r = 0, i = 0;
  while (i < 16) {
    r = r * 2 + a % 2;
    a = a / 2;
    i = i + 1;
  }
  return r;
}

int main() {
  int xs[6] = {0x0F0F, 12345, 0x7FFF, 1, 0, 0xABCD};
  int ys[6] = {0x00FF, 54321, 0x1234, 3, 77, 0x1357};
  int i = 0, acc = 0;
  while (i < 6) {
    putf("%d %d %d %d %d\n", bit_and(xs[i], ys[i]), bit_or(xs[i], ys[i]),
         bit_xor(xs[i], ys[i]), popcount(xs[i]), reverse_bits16(xs[i]));
    acc = bit_xor(acc, xs[i] + ys[i]);
    i = i + 1;
  }
  putint(shl(3, 20)); putch(32); putint(shr(0x7FFFFFFF, 16)); putch(10);
  return acc % 256;
}
