; ModuleID = 'func_unary_operator_chains.sy'
source_filename = "func_unary_operator_chains.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @neg(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  %4 = sub nsw i32 0, %3
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 5, i32* %2, align 4
  store i32 -3, i32* %3, align 4
  store i32 0, i32* %4, align 4
  %7 = load i32, i32* %2, align 4
  %8 = sub nsw i32 0, %7
  call void @putint(i32 noundef %8)
  call void @putch(i32 noundef 32)
  %9 = load i32, i32* %2, align 4
  %10 = sub nsw i32 0, %9
  %11 = sub nsw i32 0, %10
  call void @putint(i32 noundef %11)
  call void @putch(i32 noundef 32)
  %12 = load i32, i32* %2, align 4
  %13 = sub nsw i32 0, %12
  %14 = sub nsw i32 0, %13
  %15 = sub nsw i32 0, %14
  call void @putint(i32 noundef %15)
  call void @putch(i32 noundef 32)
  %16 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %16)
  call void @putch(i32 noundef 32)
  %17 = load i32, i32* %2, align 4
  %18 = sub nsw i32 0, %17
  %19 = sub nsw i32 0, %18
  call void @putint(i32 noundef %19)
  call void @putch(i32 noundef 32)
  %20 = load i32, i32* %2, align 4
  %21 = icmp ne i32 %20, 0
  %22 = xor i1 %21, true
  %23 = zext i1 %22 to i32
  call void @putint(i32 noundef %23)
  call void @putch(i32 noundef 32)
  %24 = load i32, i32* %2, align 4
  %25 = icmp ne i32 %24, 0
  %26 = xor i1 %25, true
  %27 = xor i1 %26, true
  %28 = zext i1 %27 to i32
  call void @putint(i32 noundef %28)
  call void @putch(i32 noundef 32)
  %29 = load i32, i32* %4, align 4
  %30 = icmp ne i32 %29, 0
  %31 = xor i1 %30, true
  %32 = zext i1 %31 to i32
  call void @putint(i32 noundef %32)
  call void @putch(i32 noundef 32)
  %33 = load i32, i32* %4, align 4
  %34 = icmp ne i32 %33, 0
  %35 = xor i1 %34, true
  %36 = xor i1 %35, true
  %37 = xor i1 %36, true
  %38 = zext i1 %37 to i32
  call void @putint(i32 noundef %38)
  call void @putch(i32 noundef 32)
  %39 = load i32, i32* %4, align 4
  %40 = icmp ne i32 %39, 0
  %41 = xor i1 %40, true
  %42 = zext i1 %41 to i32
  %43 = sub nsw i32 0, %42
  call void @putint(i32 noundef %43)
  call void @putch(i32 noundef 32)
  %44 = load i32, i32* %2, align 4
  %45 = sub nsw i32 0, %44
  %46 = icmp ne i32 %45, 0
  %47 = xor i1 %46, true
  %48 = zext i1 %47 to i32
  call void @putint(i32 noundef %48)
  call void @putch(i32 noundef 10)
  %49 = load i32, i32* %2, align 4
  %50 = load i32, i32* %3, align 4
  %51 = sub nsw i32 0, %50
  %52 = sub nsw i32 %49, %51
  call void @putint(i32 noundef %52)
  call void @putch(i32 noundef 32)
  %53 = load i32, i32* %2, align 4
  %54 = load i32, i32* %3, align 4
  %55 = add nsw i32 %53, %54
  call void @putint(i32 noundef %55)
  call void @putch(i32 noundef 32)
  %56 = load i32, i32* %2, align 4
  %57 = sub nsw i32 0, %56
  %58 = load i32, i32* %3, align 4
  %59 = sub nsw i32 0, %58
  %60 = mul nsw i32 %57, %59
  call void @putint(i32 noundef %60)
  call void @putch(i32 noundef 32)
  %61 = load i32, i32* %2, align 4
  %62 = sub nsw i32 0, %61
  %63 = load i32, i32* %3, align 4
  %64 = sdiv i32 %62, %63
  call void @putint(i32 noundef %64)
  call void @putch(i32 noundef 32)
  %65 = load i32, i32* %2, align 4
  %66 = sub nsw i32 0, %65
  %67 = load i32, i32* %3, align 4
  %68 = srem i32 %66, %67
  call void @putint(i32 noundef %68)
  call void @putch(i32 noundef 32)
  %69 = load i32, i32* %2, align 4
  %70 = icmp ne i32 %69, 0
  %71 = xor i1 %70, true
  %72 = zext i1 %71 to i32
  %73 = load i32, i32* %3, align 4
  %74 = icmp ne i32 %73, 0
  %75 = xor i1 %74, true
  %76 = zext i1 %75 to i32
  %77 = add nsw i32 %72, %76
  %78 = load i32, i32* %4, align 4
  %79 = icmp ne i32 %78, 0
  %80 = xor i1 %79, true
  %81 = zext i1 %80 to i32
  %82 = add nsw i32 %77, %81
  call void @putint(i32 noundef %82)
  call void @putch(i32 noundef 32)
  %83 = load i32, i32* %2, align 4
  %84 = load i32, i32* %3, align 4
  %85 = add nsw i32 %83, %84
  %86 = sub nsw i32 0, %85
  %87 = load i32, i32* %2, align 4
  %88 = load i32, i32* %3, align 4
  %89 = sub nsw i32 %87, %88
  %90 = sub nsw i32 0, %89
  %91 = mul nsw i32 %86, %90
  call void @putint(i32 noundef %91)
  call void @putch(i32 noundef 32)
  %92 = load i32, i32* %2, align 4
  %93 = call i32 @neg(i32 noundef %92)
  %94 = sub nsw i32 0, %93
  %95 = call i32 @neg(i32 noundef %94)
  call void @putint(i32 noundef %95)
  call void @putch(i32 noundef 10)
  store float -2.500000e+00, float* %5, align 4
  %96 = load float, float* %5, align 4
  %97 = fneg float %96
  call void @putfloat(float noundef %97)
  call void @putch(i32 noundef 32)
  %98 = load float, float* %5, align 4
  call void @putfloat(float noundef %98)
  call void @putch(i32 noundef 32)
  %99 = load float, float* %5, align 4
  %100 = fneg float %99
  %101 = fneg float %100
  call void @putfloat(float noundef %101)
  call void @putch(i32 noundef 32)
  %102 = load float, float* %5, align 4
  %103 = fcmp une float %102, 0.000000e+00
  %104 = xor i1 %103, true
  %105 = zext i1 %104 to i32
  call void @putint(i32 noundef %105)
  call void @putch(i32 noundef 32)
  %106 = load float, float* %5, align 4
  %107 = fpext float %106 to double
  %108 = fadd double %107, 2.500000e+00
  %109 = fcmp une double %108, 0.000000e+00
  %110 = xor i1 %109, true
  %111 = zext i1 %110 to i32
  call void @putint(i32 noundef %111)
  call void @putch(i32 noundef 32)
  %112 = load float, float* %5, align 4
  %113 = fneg float %112
  %114 = load float, float* %5, align 4
  %115 = fneg float %114
  %116 = fmul float %113, %115
  call void @putfloat(float noundef %116)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %6, align 4
  %117 = load i32, i32* %2, align 4
  %118 = load i32, i32* %3, align 4
  %119 = icmp slt i32 %117, %118
  br i1 %119, label %123, label %120

120:                                              ; preds = %0
  %121 = load i32, i32* %6, align 4
  %122 = add nsw i32 %121, 1
  store i32 %122, i32* %6, align 4
  br label %123

123:                                              ; preds = %120, %0
  %124 = load i32, i32* %2, align 4
  %125 = icmp ne i32 %124, 0
  %126 = xor i1 %125, true
  %127 = zext i1 %126 to i32
  %128 = icmp eq i32 %127, 0
  br i1 %128, label %129, label %132

129:                                              ; preds = %123
  %130 = load i32, i32* %6, align 4
  %131 = add nsw i32 %130, 2
  store i32 %131, i32* %6, align 4
  br label %132

132:                                              ; preds = %129, %123
  %133 = load i32, i32* %2, align 4
  %134 = sub nsw i32 0, %133
  %135 = load i32, i32* %3, align 4
  %136 = sub nsw i32 0, %135
  %137 = icmp slt i32 %134, %136
  br i1 %137, label %138, label %141

138:                                              ; preds = %132
  %139 = load i32, i32* %6, align 4
  %140 = add nsw i32 %139, 4
  store i32 %140, i32* %6, align 4
  br label %141

141:                                              ; preds = %138, %132
  %142 = load i32, i32* %2, align 4
  %143 = icmp ne i32 %142, 0
  br i1 %143, label %144, label %150

144:                                              ; preds = %141
  %145 = load i32, i32* %4, align 4
  %146 = icmp ne i32 %145, 0
  br i1 %146, label %150, label %147

147:                                              ; preds = %144
  %148 = load i32, i32* %6, align 4
  %149 = add nsw i32 %148, 8
  store i32 %149, i32* %6, align 4
  br label %150

150:                                              ; preds = %147, %144, %141
  %151 = load i32, i32* %2, align 4
  %152 = icmp ne i32 %151, 0
  %153 = xor i1 %152, true
  %154 = zext i1 %153 to i32
  %155 = sub nsw i32 0, %154
  %156 = icmp ne i32 %155, 0
  %157 = xor i1 %156, true
  %158 = zext i1 %157 to i32
  %159 = sub nsw i32 0, %158
  %160 = icmp eq i32 %159, -1
  br i1 %160, label %161, label %164

161:                                              ; preds = %150
  %162 = load i32, i32* %6, align 4
  %163 = add nsw i32 %162, 16
  store i32 %163, i32* %6, align 4
  br label %164

164:                                              ; preds = %161, %150
  %165 = load i32, i32* %6, align 4
  call void @putint(i32 noundef %165)
  call void @putch(i32 noundef 10)
  %166 = load i32, i32* %6, align 4
  %167 = sub nsw i32 0, %166
  ret i32 %167
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

declare void @putfloat(float noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
