# 1 "func_pascal_triangle.sy"
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
# 1 "func_pascal_triangle.sy" 2

int C[40][40];

int main() {
  int n = 40, i = 0;
  while (i < n) {
    C[i][0] = 1;
    C[i][i] = 1;
    int j = 1;
    while (j < i) {
      C[i][j] = (C[i - 1][j - 1] + C[i - 1][j]) % 1000003;
      j = j + 1;
    }
    i = i + 1;
  }
  i = 0;
  while (i < 10) {
    int j = 0;
    while (j <= i) {
      putint(C[i][j]);
      if (j < i) putch(32);
      j = j + 1;
    }
    putch(10);
    i = i + 1;
  }

  int ok = 1, pw = 1;
  i = 0;
  while (i < n) {
    int s = 0, j = 0;
    while (j <= i) { s = (s + C[i][j]) % 1000003; j = j + 1; }
    if (s != pw) ok = 0;
    pw = pw * 2 % 1000003;
    i = i + 1;
  }
  putint(C[39][19]); putch(10);
  putint(ok); putch(10);
  return C[20][10] % 256;
}
