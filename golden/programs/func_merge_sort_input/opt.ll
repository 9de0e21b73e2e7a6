; ModuleID = 'func_merge_sort_input.sy'
source_filename = "func_merge_sort_input.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@inversions = dso_local local_unnamed_addr global i32 0, align 4
@tmp = dso_local local_unnamed_addr global [256 x i32] zeroinitializer, align 16
@data = dso_local global [256 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [15 x i8] c"inversions=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @merge(i32* nocapture noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp slt i32 %1, %2
  %6 = icmp slt i32 %2, %3
  %7 = and i1 %5, %6
  br i1 %7, label %8, label %12

8:                                                ; preds = %4
  %9 = sext i32 %1 to i64
  br label %42

10:                                               ; preds = %60
  %11 = trunc i64 %65 to i32
  br label %12

12:                                               ; preds = %10, %4
  %13 = phi i32 [ %1, %4 ], [ %62, %10 ]
  %14 = phi i32 [ %2, %4 ], [ %63, %10 ]
  %15 = phi i32 [ %1, %4 ], [ %11, %10 ]
  %16 = icmp slt i32 %13, %2
  br i1 %16, label %17, label %72

17:                                               ; preds = %12
  %18 = sext i32 %15 to i64
  %19 = sext i32 %13 to i64
  %20 = sext i32 %2 to i64
  %21 = sub nsw i64 %20, %19
  %22 = xor i64 %19, -1
  %23 = add nsw i64 %22, %20
  %24 = and i64 %21, 3
  %25 = icmp eq i64 %24, 0
  br i1 %25, label %37, label %26

26:                                               ; preds = %17, %26
  %27 = phi i64 [ %33, %26 ], [ %19, %17 ]
  %28 = phi i64 [ %34, %26 ], [ %18, %17 ]
  %29 = phi i64 [ %35, %26 ], [ 0, %17 ]
  %30 = getelementptr inbounds i32, i32* %0, i64 %27
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %28
  store i32 %31, i32* %32, align 4, !tbaa !5
  %33 = add nsw i64 %27, 1
  %34 = add nsw i64 %28, 1
  %35 = add i64 %29, 1
  %36 = icmp eq i64 %35, %24
  br i1 %36, label %37, label %26, !llvm.loop !9

37:                                               ; preds = %26, %17
  %38 = phi i64 [ undef, %17 ], [ %34, %26 ]
  %39 = phi i64 [ %19, %17 ], [ %33, %26 ]
  %40 = phi i64 [ %18, %17 ], [ %34, %26 ]
  %41 = icmp ult i64 %23, 3
  br i1 %41, label %69, label %99

42:                                               ; preds = %8, %60
  %43 = phi i64 [ %9, %8 ], [ %65, %60 ]
  %44 = phi i32 [ %2, %8 ], [ %63, %60 ]
  %45 = phi i32 [ %1, %8 ], [ %62, %60 ]
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i32, i32* %0, i64 %46
  %48 = load i32, i32* %47, align 4, !tbaa !5
  %49 = sext i32 %44 to i64
  %50 = getelementptr inbounds i32, i32* %0, i64 %49
  %51 = load i32, i32* %50, align 4, !tbaa !5
  %52 = icmp sgt i32 %48, %51
  br i1 %52, label %55, label %53

53:                                               ; preds = %42
  %54 = add nsw i32 %45, 1
  br label %60

55:                                               ; preds = %42
  %56 = add nsw i32 %44, 1
  %57 = load i32, i32* @inversions, align 4, !tbaa !5
  %58 = sub i32 %2, %45
  %59 = add nsw i32 %58, %57
  store i32 %59, i32* @inversions, align 4, !tbaa !5
  br label %60

60:                                               ; preds = %55, %53
  %61 = phi i32 [ %51, %55 ], [ %48, %53 ]
  %62 = phi i32 [ %45, %55 ], [ %54, %53 ]
  %63 = phi i32 [ %56, %55 ], [ %44, %53 ]
  %64 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %43
  store i32 %61, i32* %64, align 4
  %65 = add i64 %43, 1
  %66 = icmp slt i32 %62, %2
  %67 = icmp slt i32 %63, %3
  %68 = select i1 %66, i1 %67, i1 false
  br i1 %68, label %42, label %10, !llvm.loop !11

69:                                               ; preds = %99, %37
  %70 = phi i64 [ %38, %37 ], [ %121, %99 ]
  %71 = trunc i64 %70 to i32
  br label %72

72:                                               ; preds = %69, %12
  %73 = phi i32 [ %15, %12 ], [ %71, %69 ]
  %74 = icmp slt i32 %14, %3
  br i1 %74, label %75, label %123

75:                                               ; preds = %72
  %76 = sext i32 %73 to i64
  %77 = sext i32 %14 to i64
  %78 = sext i32 %3 to i64
  %79 = sub nsw i64 %78, %77
  %80 = xor i64 %77, -1
  %81 = add nsw i64 %80, %78
  %82 = and i64 %79, 3
  %83 = icmp eq i64 %82, 0
  br i1 %83, label %95, label %84

84:                                               ; preds = %75, %84
  %85 = phi i64 [ %91, %84 ], [ %77, %75 ]
  %86 = phi i64 [ %92, %84 ], [ %76, %75 ]
  %87 = phi i64 [ %93, %84 ], [ 0, %75 ]
  %88 = getelementptr inbounds i32, i32* %0, i64 %85
  %89 = load i32, i32* %88, align 4, !tbaa !5
  %90 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %86
  store i32 %89, i32* %90, align 4, !tbaa !5
  %91 = add nsw i64 %85, 1
  %92 = add nsw i64 %86, 1
  %93 = add i64 %87, 1
  %94 = icmp eq i64 %93, %82
  br i1 %94, label %95, label %84, !llvm.loop !13

95:                                               ; preds = %84, %75
  %96 = phi i64 [ %77, %75 ], [ %91, %84 ]
  %97 = phi i64 [ %76, %75 ], [ %92, %84 ]
  %98 = icmp ult i64 %81, 3
  br i1 %98, label %123, label %145

99:                                               ; preds = %37, %99
  %100 = phi i64 [ %120, %99 ], [ %39, %37 ]
  %101 = phi i64 [ %121, %99 ], [ %40, %37 ]
  %102 = getelementptr inbounds i32, i32* %0, i64 %100
  %103 = load i32, i32* %102, align 4, !tbaa !5
  %104 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %101
  store i32 %103, i32* %104, align 4, !tbaa !5
  %105 = add nsw i64 %100, 1
  %106 = add nsw i64 %101, 1
  %107 = getelementptr inbounds i32, i32* %0, i64 %105
  %108 = load i32, i32* %107, align 4, !tbaa !5
  %109 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %106
  store i32 %108, i32* %109, align 4, !tbaa !5
  %110 = add nsw i64 %100, 2
  %111 = add nsw i64 %101, 2
  %112 = getelementptr inbounds i32, i32* %0, i64 %110
  %113 = load i32, i32* %112, align 4, !tbaa !5
  %114 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %111
  store i32 %113, i32* %114, align 4, !tbaa !5
  %115 = add nsw i64 %100, 3
  %116 = add nsw i64 %101, 3
  %117 = getelementptr inbounds i32, i32* %0, i64 %115
  %118 = load i32, i32* %117, align 4, !tbaa !5
  %119 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %116
  store i32 %118, i32* %119, align 4, !tbaa !5
  %120 = add nsw i64 %100, 4
  %121 = add nsw i64 %101, 4
  %122 = icmp eq i64 %120, %20
  br i1 %122, label %69, label %99, !llvm.loop !14

123:                                              ; preds = %95, %145, %72
  %124 = icmp slt i32 %1, %3
  br i1 %124, label %125, label %188

125:                                              ; preds = %123
  %126 = sext i32 %1 to i64
  %127 = sext i32 %3 to i64
  %128 = sub nsw i64 %127, %126
  %129 = xor i64 %126, -1
  %130 = add nsw i64 %129, %127
  %131 = and i64 %128, 3
  %132 = icmp eq i64 %131, 0
  br i1 %132, label %142, label %133

133:                                              ; preds = %125, %133
  %134 = phi i64 [ %139, %133 ], [ %126, %125 ]
  %135 = phi i64 [ %140, %133 ], [ 0, %125 ]
  %136 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %134
  %137 = load i32, i32* %136, align 4, !tbaa !5
  %138 = getelementptr inbounds i32, i32* %0, i64 %134
  store i32 %137, i32* %138, align 4, !tbaa !5
  %139 = add nsw i64 %134, 1
  %140 = add i64 %135, 1
  %141 = icmp eq i64 %140, %131
  br i1 %141, label %142, label %133, !llvm.loop !15

142:                                              ; preds = %133, %125
  %143 = phi i64 [ %126, %125 ], [ %139, %133 ]
  %144 = icmp ult i64 %130, 3
  br i1 %144, label %188, label %169

145:                                              ; preds = %95, %145
  %146 = phi i64 [ %166, %145 ], [ %96, %95 ]
  %147 = phi i64 [ %167, %145 ], [ %97, %95 ]
  %148 = getelementptr inbounds i32, i32* %0, i64 %146
  %149 = load i32, i32* %148, align 4, !tbaa !5
  %150 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %147
  store i32 %149, i32* %150, align 4, !tbaa !5
  %151 = add nsw i64 %146, 1
  %152 = add nsw i64 %147, 1
  %153 = getelementptr inbounds i32, i32* %0, i64 %151
  %154 = load i32, i32* %153, align 4, !tbaa !5
  %155 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %152
  store i32 %154, i32* %155, align 4, !tbaa !5
  %156 = add nsw i64 %146, 2
  %157 = add nsw i64 %147, 2
  %158 = getelementptr inbounds i32, i32* %0, i64 %156
  %159 = load i32, i32* %158, align 4, !tbaa !5
  %160 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %157
  store i32 %159, i32* %160, align 4, !tbaa !5
  %161 = add nsw i64 %146, 3
  %162 = add nsw i64 %147, 3
  %163 = getelementptr inbounds i32, i32* %0, i64 %161
  %164 = load i32, i32* %163, align 4, !tbaa !5
  %165 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %162
  store i32 %164, i32* %165, align 4, !tbaa !5
  %166 = add nsw i64 %146, 4
  %167 = add nsw i64 %147, 4
  %168 = icmp eq i64 %166, %78
  br i1 %168, label %123, label %145, !llvm.loop !16

169:                                              ; preds = %142, %169
  %170 = phi i64 [ %186, %169 ], [ %143, %142 ]
  %171 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %170
  %172 = load i32, i32* %171, align 4, !tbaa !5
  %173 = getelementptr inbounds i32, i32* %0, i64 %170
  store i32 %172, i32* %173, align 4, !tbaa !5
  %174 = add nsw i64 %170, 1
  %175 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %174
  %176 = load i32, i32* %175, align 4, !tbaa !5
  %177 = getelementptr inbounds i32, i32* %0, i64 %174
  store i32 %176, i32* %177, align 4, !tbaa !5
  %178 = add nsw i64 %170, 2
  %179 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %178
  %180 = load i32, i32* %179, align 4, !tbaa !5
  %181 = getelementptr inbounds i32, i32* %0, i64 %178
  store i32 %180, i32* %181, align 4, !tbaa !5
  %182 = add nsw i64 %170, 3
  %183 = getelementptr inbounds [256 x i32], [256 x i32]* @tmp, i64 0, i64 %182
  %184 = load i32, i32* %183, align 4, !tbaa !5
  %185 = getelementptr inbounds i32, i32* %0, i64 %182
  store i32 %184, i32* %185, align 4, !tbaa !5
  %186 = add nsw i64 %170, 4
  %187 = icmp eq i64 %186, %127
  br i1 %187, label %188, label %169, !llvm.loop !17

188:                                              ; preds = %142, %169, %123
  ret void
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @msort(i32* noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = sub nsw i32 %2, %1
  %5 = icmp slt i32 %4, 2
  br i1 %5, label %6, label %7

6:                                                ; preds = %3, %7
  ret void

7:                                                ; preds = %3
  %8 = add nsw i32 %2, %1
  %9 = sdiv i32 %8, 2
  tail call void @msort(i32* noundef %0, i32 noundef %1, i32 noundef %9)
  tail call void @msort(i32* noundef %0, i32 noundef %9, i32 noundef %2)
  tail call void @merge(i32* noundef %0, i32 noundef %1, i32 noundef %9, i32 noundef %2)
  br label %6
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 @getarray(i32* noundef getelementptr inbounds ([256 x i32], [256 x i32]* @data, i64 0, i64 0)) #4
  tail call void @msort(i32* noundef getelementptr inbounds ([256 x i32], [256 x i32]* @data, i64 0, i64 0), i32 noundef 0, i32 noundef %1)
  tail call void @putarray(i32 noundef %1, i32* noundef getelementptr inbounds ([256 x i32], [256 x i32]* @data, i64 0, i64 0)) #4
  %2 = load i32, i32* @inversions, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str, i64 0, i64 0), i32 noundef %2) #4
  %3 = load i32, i32* @inversions, align 4, !tbaa !5
  %4 = srem i32 %3, 256
  ret i32 %4
}

declare i32 @getarray(i32* noundef) local_unnamed_addr #3

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
