# 1 "func_many_params.sy"
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
# 1 "func_many_params.sy" 2

int weighted(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7,
             int a8, int a9, int a10, int a11) {
  return a0 * 1 + a1 * 2 + a2 * 3 + a3 * 4 + a4 * 5 + a5 * 6 + a6 * 7 + a7 * 8
         + a8 * 9 + a9 * 10 + a10 * 11 + a11 * 12;
}

float fmix(float f0, int i0, float f1, int i1, float f2, int i2, float f3,
           int i3, float f4, int i4, float f5, int i5, float f6, int i6,
           float f7, int i7, float f8, int i8, float f9, int i9) {
  return f0 * i0 + f1 * i1 + f2 * i2 + f3 * i3 + f4 * i4 + f5 * i5 + f6 * i6
         + f7 * i7 + f8 * i8 + f9 * i9;
}

int arr_args(int a[], int b[], int c[][2], float d[], int n, int k) {
  int i = 0, s = 0;
  while (i < n) {
    s = s + a[i] * b[i] + c[i][0] - c[i][1] + d[i] * k;
    i = i + 1;
  }
  return s;
}

int chain(int a, int b, int c, int d, int e, int f, int g, int h) {
  if (a <= 0) return b + c + d + e + f + g + h;
  return chain(a - 1, c, d, e, f, g, h, b + 1);
}

int main() {
  int w = weighted(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  putint(w); putch(10);
  float f = fmix(0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10);
  putfloat(f); putch(10);
  int a[3] = {1, 2, 3}, b[3] = {4, 5, 6};
  int c[3][2] = {{7, 1}, {8, 2}, {9, 3}};
  float d[3] = {0.5, 1.25, 2.0};
  int s = arr_args(a, b, c, d, 3, 4);
  putint(s); putch(10);
  int ch = chain(5, 1, 2, 3, 4, 5, 6, 7);
  putint(ch); putch(10);
  return w + s + ch;
}
