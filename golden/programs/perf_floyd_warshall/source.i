# 1 "perf_floyd_warshall.sy"
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
# 1 "perf_floyd_warshall.sy" 2

int d[150][150];

int main() {
  int n = getint();
  int s = 1, i = 0;
  while (i < n) {
    int j = 0;
    while (j < n) {
      s = (s * 1103 + 12345) % 1000003;
      if (i == j) d[i][j] = 0;
      else if (s % 5 == 0) d[i][j] = 1000000;
      else d[i][j] = s % 1000 + 1;
      j = j + 1;
    }
    i = i + 1;
  }
  starttime();
  int k = 0;
  while (k < n) {
    i = 0;
    while (i < n) {
      int dik = d[i][k];
      int j = 0;
      while (j < n) {
        int via = dik + d[k][j];
        if (via < d[i][j]) d[i][j] = via;
        j = j + 1;
      }
      i = i + 1;
    }
    k = k + 1;
  }
  stoptime();
  int check = 0, far = 0;
  i = 0;
  while (i < n) {
    int j = 0;
    while (j < n) {
      check = (check + d[i][j] * (j + 1)) % 1000003;
      if (d[i][j] > far) far = d[i][j];
      j = j + 1;
    }
    i = i + 1;
  }
  putf("checksum=%d diameter=%d\n", check, far);
  return far % 256;
}
