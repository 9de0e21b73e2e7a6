# 1 "parse_many_declarations.sy"
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
# 1 "parse_many_declarations.sy" 2

int a, b = 2, c[3], d[2] = {4, 5}, e[2][2] = {{6}, {7, 8}}, f = 9;
const int K1 = 1, K2 = K1 + 1, K3 = K2 * 3, KA[3] = {K1, K2, K3};
float x, y = 1.5, z[2] = {2.5}, w = 0x1p-1;
const float PI = 3.1415926, TAU = PI * 2, HALF = 0.5;

int main() {
  int p = 1, q = p + 1, r = q * q, s[4] = {p, q, r}, t;
  t = p + q + r;
  int u[2][3] = {{1, 2, 3}, {4, 5, 6}}, v = u[1][2], m = 3;
  const int L1 = 10, L2 = L1 * 2, LA[2] = {L1, L2};
  float fa = 1, fb = fa + 0.5, fc[3] = {fa, fb}, fd;
  fd = fa + fb + fc[1] + z[0] + y + w;
  a = 1; c[0] = 1; c[1] = 2; c[2] = 3; x = 4.0;
  int sum1 = a + b + c[0] + c[1] + c[2] + d[0] + d[1] + e[0][0] + e[0][1] + e[1][0] + e[1][1] + f;
  int sum2 = K1 + K2 + K3 + KA[0] + KA[1] + KA[2] + L1 + L2 + LA[0] + LA[1];
  int sum3 = p + q + r + s[0] + s[1] + s[2] + s[3] + t + v + m;
  putint(sum1); putch(32); putint(sum2); putch(32); putint(sum3); putch(10);
  putfloat(fd + x); putch(32); putfloat(TAU * HALF); putch(10);
  {
    int a = 100, b[2] = {1, 2}, f = 50;
    putint(a + b[1] + f); putch(10);
  }
  int i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12;
  i1 = 1; i2 = 2; i3 = 3; i4 = 4; i5 = 5; i6 = 6; i7 = 7; i8 = 8; i9 = 9; i10 = 10; i11 = 11; i12 = 12;
  putint(i1 + i2 + i3 + i4 + i5 + i6 + i7 + i8 + i9 + i10 + i11 + i12); putch(10);
  return sum1 + sum2 + sum3;
}
