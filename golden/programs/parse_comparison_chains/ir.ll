; ModuleID = 'parse_comparison_chains.sy'
source_filename = "parse_comparison_chains.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@count = dso_local global i32 0, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @check(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %3)
  %4 = load i32, i32* @count, align 4
  %5 = load i32, i32* %2, align 4
  %6 = add nsw i32 %4, %5
  store i32 %6, i32* @count, align 4
  ret void
}

declare void @putint(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 3, i32* %2, align 4
  store i32 2, i32* %3, align 4
  store i32 1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store float 5.000000e-01, float* %6, align 4
  store float -1.500000e+00, float* %7, align 4
  %10 = load i32, i32* %2, align 4
  %11 = load i32, i32* %3, align 4
  %12 = icmp sgt i32 %10, %11
  %13 = zext i1 %12 to i32
  %14 = load i32, i32* %4, align 4
  %15 = icmp sgt i32 %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %0
  call void @check(i32 noundef 1)
  br label %18

17:                                               ; preds = %0
  call void @check(i32 noundef 0)
  br label %18

18:                                               ; preds = %17, %16
  %19 = load i32, i32* %4, align 4
  %20 = load i32, i32* %3, align 4
  %21 = icmp slt i32 %19, %20
  %22 = zext i1 %21 to i32
  %23 = load i32, i32* %2, align 4
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %25, label %26

25:                                               ; preds = %18
  call void @check(i32 noundef 1)
  br label %27

26:                                               ; preds = %18
  call void @check(i32 noundef 0)
  br label %27

27:                                               ; preds = %26, %25
  %28 = load i32, i32* %2, align 4
  %29 = load i32, i32* %3, align 4
  %30 = icmp slt i32 %28, %29
  %31 = zext i1 %30 to i32
  %32 = load i32, i32* %4, align 4
  %33 = icmp slt i32 %31, %32
  br i1 %33, label %34, label %35

34:                                               ; preds = %27
  call void @check(i32 noundef 1)
  br label %36

35:                                               ; preds = %27
  call void @check(i32 noundef 0)
  br label %36

36:                                               ; preds = %35, %34
  %37 = load i32, i32* %2, align 4
  %38 = load i32, i32* %3, align 4
  %39 = icmp eq i32 %37, %38
  %40 = zext i1 %39 to i32
  %41 = load i32, i32* %5, align 4
  %42 = icmp eq i32 %40, %41
  br i1 %42, label %43, label %44

43:                                               ; preds = %36
  call void @check(i32 noundef 1)
  br label %45

44:                                               ; preds = %36
  call void @check(i32 noundef 0)
  br label %45

45:                                               ; preds = %44, %43
  %46 = load i32, i32* %2, align 4
  %47 = load i32, i32* %3, align 4
  %48 = icmp ne i32 %46, %47
  %49 = zext i1 %48 to i32
  %50 = load i32, i32* %4, align 4
  %51 = icmp ne i32 %49, %50
  br i1 %51, label %52, label %53

52:                                               ; preds = %45
  call void @check(i32 noundef 1)
  br label %54

53:                                               ; preds = %45
  call void @check(i32 noundef 0)
  br label %54

54:                                               ; preds = %53, %52
  %55 = load i32, i32* %4, align 4
  %56 = load i32, i32* %3, align 4
  %57 = icmp sle i32 %55, %56
  %58 = zext i1 %57 to i32
  %59 = load i32, i32* %5, align 4
  %60 = icmp sge i32 %58, %59
  %61 = zext i1 %60 to i32
  %62 = icmp eq i32 %61, 1
  br i1 %62, label %63, label %64

63:                                               ; preds = %54
  call void @check(i32 noundef 1)
  br label %65

64:                                               ; preds = %54
  call void @check(i32 noundef 0)
  br label %65

65:                                               ; preds = %64, %63
  %66 = load i32, i32* %5, align 4
  %67 = load i32, i32* %4, align 4
  %68 = icmp slt i32 %66, %67
  %69 = zext i1 %68 to i32
  %70 = load i32, i32* %3, align 4
  %71 = load i32, i32* %2, align 4
  %72 = icmp sgt i32 %70, %71
  %73 = zext i1 %72 to i32
  %74 = icmp eq i32 %69, %73
  br i1 %74, label %75, label %76

75:                                               ; preds = %65
  call void @check(i32 noundef 1)
  br label %77

76:                                               ; preds = %65
  call void @check(i32 noundef 0)
  br label %77

77:                                               ; preds = %76, %75
  %78 = load i32, i32* %2, align 4
  %79 = sub nsw i32 0, %78
  %80 = load i32, i32* %3, align 4
  %81 = sub nsw i32 0, %80
  %82 = icmp slt i32 %79, %81
  %83 = zext i1 %82 to i32
  %84 = load i32, i32* %4, align 4
  %85 = sub nsw i32 0, %84
  %86 = icmp slt i32 %83, %85
  br i1 %86, label %87, label %88

87:                                               ; preds = %77
  call void @check(i32 noundef 1)
  br label %89

88:                                               ; preds = %77
  call void @check(i32 noundef 0)
  br label %89

89:                                               ; preds = %88, %87
  %90 = load i32, i32* %2, align 4
  %91 = icmp ne i32 %90, 0
  %92 = xor i1 %91, true
  %93 = zext i1 %92 to i32
  %94 = load i32, i32* %3, align 4
  %95 = icmp ne i32 %94, 0
  %96 = xor i1 %95, true
  %97 = zext i1 %96 to i32
  %98 = icmp eq i32 %93, %97
  br i1 %98, label %99, label %100

99:                                               ; preds = %89
  call void @check(i32 noundef 1)
  br label %101

100:                                              ; preds = %89
  call void @check(i32 noundef 0)
  br label %101

101:                                              ; preds = %100, %99
  %102 = load i32, i32* %2, align 4
  %103 = icmp ne i32 %102, 0
  %104 = xor i1 %103, true
  %105 = xor i1 %104, true
  %106 = zext i1 %105 to i32
  %107 = load i32, i32* %5, align 4
  %108 = icmp ne i32 %107, 0
  %109 = xor i1 %108, true
  %110 = zext i1 %109 to i32
  %111 = add nsw i32 %106, %110
  %112 = load i32, i32* %4, align 4
  %113 = sub nsw i32 0, %112
  %114 = sub nsw i32 0, %113
  %115 = add nsw i32 %111, %114
  %116 = icmp eq i32 %115, 3
  br i1 %116, label %117, label %118

117:                                              ; preds = %101
  call void @check(i32 noundef 1)
  br label %119

118:                                              ; preds = %101
  call void @check(i32 noundef 0)
  br label %119

119:                                              ; preds = %118, %117
  %120 = load i32, i32* %2, align 4
  %121 = load i32, i32* %3, align 4
  %122 = sub nsw i32 0, %121
  %123 = load i32, i32* %4, align 4
  %124 = mul nsw i32 %122, %123
  %125 = sub nsw i32 %120, %124
  %126 = load i32, i32* %2, align 4
  %127 = sub nsw i32 0, %126
  %128 = sub nsw i32 0, %127
  %129 = load i32, i32* %3, align 4
  %130 = add nsw i32 %128, %129
  %131 = icmp ne i32 %125, %130
  br i1 %131, label %132, label %133

132:                                              ; preds = %119
  call void @check(i32 noundef 1)
  br label %134

133:                                              ; preds = %119
  call void @check(i32 noundef 0)
  br label %134

134:                                              ; preds = %133, %132
  %135 = load float, float* %6, align 4
  %136 = load float, float* %7, align 4
  %137 = fcmp olt float %135, %136
  %138 = zext i1 %137 to i32
  %139 = sitofp i32 %138 to float
  %140 = load float, float* %6, align 4
  %141 = fcmp olt float %139, %140
  br i1 %141, label %142, label %143

142:                                              ; preds = %134
  call void @check(i32 noundef 1)
  br label %144

143:                                              ; preds = %134
  call void @check(i32 noundef 0)
  br label %144

144:                                              ; preds = %143, %142
  %145 = load float, float* %7, align 4
  %146 = load float, float* %6, align 4
  %147 = fcmp olt float %145, %146
  %148 = zext i1 %147 to i32
  %149 = load float, float* %6, align 4
  %150 = fcmp ogt float 1.000000e+00, %149
  %151 = zext i1 %150 to i32
  %152 = icmp eq i32 %148, %151
  br i1 %152, label %153, label %154

153:                                              ; preds = %144
  call void @check(i32 noundef 1)
  br label %155

154:                                              ; preds = %144
  call void @check(i32 noundef 0)
  br label %155

155:                                              ; preds = %154, %153
  %156 = load float, float* %6, align 4
  %157 = fcmp une float %156, 0.000000e+00
  %158 = xor i1 %157, true
  %159 = zext i1 %158 to i32
  %160 = load float, float* %7, align 4
  %161 = fcmp une float %160, 0.000000e+00
  %162 = xor i1 %161, true
  %163 = zext i1 %162 to i32
  %164 = load i32, i32* %5, align 4
  %165 = icmp ne i32 %164, 0
  %166 = xor i1 %165, true
  %167 = zext i1 %166 to i32
  %168 = icmp slt i32 %163, %167
  %169 = zext i1 %168 to i32
  %170 = icmp ne i32 %159, %169
  br i1 %170, label %171, label %172

171:                                              ; preds = %155
  call void @check(i32 noundef 1)
  br label %173

172:                                              ; preds = %155
  call void @check(i32 noundef 0)
  br label %173

173:                                              ; preds = %172, %171
  %174 = load float, float* %7, align 4
  %175 = fneg float %174
  %176 = load float, float* %6, align 4
  %177 = fcmp ogt float %175, %176
  %178 = zext i1 %177 to i32
  %179 = load i32, i32* %5, align 4
  %180 = icmp sgt i32 %178, %179
  br i1 %180, label %181, label %182

181:                                              ; preds = %173
  call void @check(i32 noundef 1)
  br label %183

182:                                              ; preds = %173
  call void @check(i32 noundef 0)
  br label %183

183:                                              ; preds = %182, %181
  call void @putch(i32 noundef 10)
  store i32 0, i32* %8, align 4
  store i32 0, i32* %9, align 4
  br label %184

184:                                              ; preds = %212, %183
  %185 = load i32, i32* %9, align 4
  %186 = icmp slt i32 %185, 10
  %187 = zext i1 %186 to i32
  %188 = icmp sgt i32 %187, 0
  br i1 %188, label %189, label %196

189:                                              ; preds = %184
  %190 = load i32, i32* %9, align 4
  %191 = icmp sle i32 %190, 5
  %192 = zext i1 %191 to i32
  %193 = icmp sge i32 %192, 0
  %194 = zext i1 %193 to i32
  %195 = icmp eq i32 %194, 1
  br label %196

196:                                              ; preds = %189, %184
  %197 = phi i1 [ false, %184 ], [ %195, %189 ]
  br i1 %197, label %198, label %215

198:                                              ; preds = %196
  %199 = load i32, i32* %2, align 4
  %200 = load i32, i32* %3, align 4
  %201 = icmp sgt i32 %199, %200
  %202 = zext i1 %201 to i32
  %203 = load i32, i32* %3, align 4
  %204 = load i32, i32* %4, align 4
  %205 = icmp sgt i32 %203, %204
  %206 = zext i1 %205 to i32
  %207 = icmp eq i32 %202, %206
  br i1 %207, label %208, label %212

208:                                              ; preds = %198
  %209 = load i32, i32* %8, align 4
  %210 = load i32, i32* %9, align 4
  %211 = add nsw i32 %209, %210
  store i32 %211, i32* %8, align 4
  br label %212

212:                                              ; preds = %208, %198
  %213 = load i32, i32* %9, align 4
  %214 = add nsw i32 %213, 1
  store i32 %214, i32* %9, align 4
  br label %184, !llvm.loop !6

215:                                              ; preds = %196
  %216 = load i32, i32* %8, align 4
  call void @putint(i32 noundef %216)
  call void @putch(i32 noundef 10)
  %217 = load i32, i32* @count, align 4
  %218 = mul nsw i32 %217, 10
  %219 = load i32, i32* %8, align 4
  %220 = add nsw i32 %218, %219
  ret i32 %220
}

declare void @putch(i32 noundef) #1

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
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
