; ModuleID = 'func_floyd_warshall_small.sy'
source_filename = "func_floyd_warshall_small.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@d = dso_local local_unnamed_addr global [6 x [6 x i32]] [[6 x i32] [i32 0, i32 3, i32 8, i32 999, i32 -4, i32 999], [6 x i32] [i32 999, i32 0, i32 999, i32 1, i32 7, i32 999], [6 x i32] [i32 999, i32 4, i32 0, i32 999, i32 999, i32 2], [6 x i32] [i32 2, i32 999, i32 -5, i32 0, i32 999, i32 999], [6 x i32] [i32 999, i32 999, i32 999, i32 6, i32 0, i32 999], [6 x i32] [i32 999, i32 999, i32 999, i32 999, i32 999, i32 0]], align 16
@.str = private unnamed_addr constant [4 x i8] c"  -\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"%3d\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %86
  %2 = phi i64 [ 0, %0 ], [ %87, %86 ]
  %3 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %2, i64 0
  %4 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %2, i64 1
  %5 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %2, i64 2
  %6 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %2, i64 3
  %7 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %2, i64 4
  %8 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %2, i64 5
  br label %9

9:                                                ; preds = %1, %83
  %10 = phi i64 [ 0, %1 ], [ %84, %83 ]
  %11 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %10, i64 %2
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp slt i32 %12, 999
  br i1 %13, label %14, label %83

14:                                               ; preds = %9
  %15 = load i32, i32* %3, align 8, !tbaa !5
  %16 = icmp slt i32 %15, 999
  br i1 %16, label %17, label %25

17:                                               ; preds = %14
  %18 = add nsw i32 %15, %12
  %19 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %10, i64 0
  %20 = load i32, i32* %19, align 8, !tbaa !5
  %21 = icmp slt i32 %18, %20
  br i1 %21, label %22, label %25

22:                                               ; preds = %17
  store i32 %18, i32* %19, align 8, !tbaa !5
  %23 = load i32, i32* %11, align 4, !tbaa !5
  %24 = icmp slt i32 %23, 999
  br i1 %24, label %25, label %83

25:                                               ; preds = %14, %17, %22
  %26 = phi i32 [ %23, %22 ], [ %12, %17 ], [ %12, %14 ]
  %27 = load i32, i32* %4, align 4, !tbaa !5
  %28 = icmp slt i32 %27, 999
  br i1 %28, label %29, label %37

29:                                               ; preds = %25
  %30 = add nsw i32 %27, %26
  %31 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %10, i64 1
  %32 = load i32, i32* %31, align 4, !tbaa !5
  %33 = icmp slt i32 %30, %32
  br i1 %33, label %34, label %37

34:                                               ; preds = %29
  store i32 %30, i32* %31, align 4, !tbaa !5
  %35 = load i32, i32* %11, align 4, !tbaa !5
  %36 = icmp slt i32 %35, 999
  br i1 %36, label %37, label %83

37:                                               ; preds = %25, %29, %34
  %38 = phi i32 [ %35, %34 ], [ %26, %29 ], [ %26, %25 ]
  %39 = load i32, i32* %5, align 8, !tbaa !5
  %40 = icmp slt i32 %39, 999
  br i1 %40, label %41, label %49

41:                                               ; preds = %37
  %42 = add nsw i32 %39, %38
  %43 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %10, i64 2
  %44 = load i32, i32* %43, align 8, !tbaa !5
  %45 = icmp slt i32 %42, %44
  br i1 %45, label %46, label %49

46:                                               ; preds = %41
  store i32 %42, i32* %43, align 8, !tbaa !5
  %47 = load i32, i32* %11, align 4, !tbaa !5
  %48 = icmp slt i32 %47, 999
  br i1 %48, label %49, label %83

49:                                               ; preds = %37, %41, %46
  %50 = phi i32 [ %47, %46 ], [ %38, %41 ], [ %38, %37 ]
  %51 = load i32, i32* %6, align 4, !tbaa !5
  %52 = icmp slt i32 %51, 999
  br i1 %52, label %53, label %61

53:                                               ; preds = %49
  %54 = add nsw i32 %51, %50
  %55 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %10, i64 3
  %56 = load i32, i32* %55, align 4, !tbaa !5
  %57 = icmp slt i32 %54, %56
  br i1 %57, label %58, label %61

58:                                               ; preds = %53
  store i32 %54, i32* %55, align 4, !tbaa !5
  %59 = load i32, i32* %11, align 4, !tbaa !5
  %60 = icmp slt i32 %59, 999
  br i1 %60, label %61, label %83

61:                                               ; preds = %49, %53, %58
  %62 = phi i32 [ %59, %58 ], [ %50, %53 ], [ %50, %49 ]
  %63 = load i32, i32* %7, align 8, !tbaa !5
  %64 = icmp slt i32 %63, 999
  br i1 %64, label %65, label %73

65:                                               ; preds = %61
  %66 = add nsw i32 %63, %62
  %67 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %10, i64 4
  %68 = load i32, i32* %67, align 8, !tbaa !5
  %69 = icmp slt i32 %66, %68
  br i1 %69, label %70, label %73

70:                                               ; preds = %65
  store i32 %66, i32* %67, align 8, !tbaa !5
  %71 = load i32, i32* %11, align 4, !tbaa !5
  %72 = icmp slt i32 %71, 999
  br i1 %72, label %73, label %83

73:                                               ; preds = %61, %65, %70
  %74 = phi i32 [ %71, %70 ], [ %62, %65 ], [ %62, %61 ]
  %75 = load i32, i32* %8, align 4, !tbaa !5
  %76 = icmp slt i32 %75, 999
  br i1 %76, label %77, label %83

77:                                               ; preds = %73
  %78 = add nsw i32 %75, %74
  %79 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %10, i64 5
  %80 = load i32, i32* %79, align 4, !tbaa !5
  %81 = icmp slt i32 %78, %80
  br i1 %81, label %82, label %83

82:                                               ; preds = %77
  store i32 %78, i32* %79, align 4, !tbaa !5
  br label %83

83:                                               ; preds = %9, %22, %34, %46, %58, %82, %77, %73, %70
  %84 = add nuw nsw i64 %10, 1
  %85 = icmp eq i64 %84, 6
  br i1 %85, label %86, label %9, !llvm.loop !9

86:                                               ; preds = %83
  %87 = add nuw nsw i64 %2, 1
  %88 = icmp eq i64 %87, 6
  br i1 %88, label %89, label %1, !llvm.loop !11

89:                                               ; preds = %86, %144
  %90 = phi i64 [ %92, %144 ], [ 0, %86 ]
  %91 = phi i32 [ %147, %144 ], [ 0, %86 ]
  %92 = add nuw nsw i64 %90, 1
  %93 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %90, i64 0
  %94 = load i32, i32* %93, align 8, !tbaa !5
  %95 = icmp sgt i32 %94, 998
  br i1 %95, label %96, label %97

96:                                               ; preds = %89
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0)) #2
  br label %98

97:                                               ; preds = %89
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i64 0, i64 0), i32 noundef %94) #2
  br label %98

98:                                               ; preds = %97, %96
  %99 = load i32, i32* %93, align 8, !tbaa !5
  %100 = trunc i64 %92 to i32
  %101 = mul nsw i32 %99, %100
  %102 = add nsw i32 %101, %91
  %103 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %90, i64 1
  %104 = load i32, i32* %103, align 4, !tbaa !5
  %105 = icmp sgt i32 %104, 998
  br i1 %105, label %107, label %106

106:                                              ; preds = %98
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i64 0, i64 0), i32 noundef %104) #2
  br label %108

107:                                              ; preds = %98
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0)) #2
  br label %108

108:                                              ; preds = %107, %106
  %109 = load i32, i32* %103, align 4, !tbaa !5
  %110 = mul nsw i32 %109, %100
  %111 = add nsw i32 %110, %102
  %112 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %90, i64 2
  %113 = load i32, i32* %112, align 8, !tbaa !5
  %114 = icmp sgt i32 %113, 998
  br i1 %114, label %116, label %115

115:                                              ; preds = %108
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i64 0, i64 0), i32 noundef %113) #2
  br label %117

116:                                              ; preds = %108
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0)) #2
  br label %117

117:                                              ; preds = %116, %115
  %118 = load i32, i32* %112, align 8, !tbaa !5
  %119 = mul nsw i32 %118, %100
  %120 = add nsw i32 %119, %111
  %121 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %90, i64 3
  %122 = load i32, i32* %121, align 4, !tbaa !5
  %123 = icmp sgt i32 %122, 998
  br i1 %123, label %125, label %124

124:                                              ; preds = %117
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i64 0, i64 0), i32 noundef %122) #2
  br label %126

125:                                              ; preds = %117
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0)) #2
  br label %126

126:                                              ; preds = %125, %124
  %127 = load i32, i32* %121, align 4, !tbaa !5
  %128 = mul nsw i32 %127, %100
  %129 = add nsw i32 %128, %120
  %130 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %90, i64 4
  %131 = load i32, i32* %130, align 8, !tbaa !5
  %132 = icmp sgt i32 %131, 998
  br i1 %132, label %134, label %133

133:                                              ; preds = %126
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i64 0, i64 0), i32 noundef %131) #2
  br label %135

134:                                              ; preds = %126
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0)) #2
  br label %135

135:                                              ; preds = %134, %133
  %136 = load i32, i32* %130, align 8, !tbaa !5
  %137 = mul nsw i32 %136, %100
  %138 = add nsw i32 %137, %129
  %139 = getelementptr inbounds [6 x [6 x i32]], [6 x [6 x i32]]* @d, i64 0, i64 %90, i64 5
  %140 = load i32, i32* %139, align 4, !tbaa !5
  %141 = icmp sgt i32 %140, 998
  br i1 %141, label %143, label %142

142:                                              ; preds = %135
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i64 0, i64 0), i32 noundef %140) #2
  br label %144

143:                                              ; preds = %135
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i64 0, i64 0)) #2
  br label %144

144:                                              ; preds = %143, %142
  %145 = load i32, i32* %139, align 4, !tbaa !5
  %146 = mul nsw i32 %145, %100
  %147 = add nsw i32 %146, %138
  tail call void @putch(i32 noundef 10) #2
  %148 = icmp eq i64 %92, 6
  br i1 %148, label %149, label %89, !llvm.loop !12

149:                                              ; preds = %144
  %150 = srem i32 %147, 256
  ret i32 %150
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
