	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"lex_long_identifiers.sy"
	.globl	compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value # -- Begin function compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value
	.p2align	1
	.type	compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value,@function
compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value: # @compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value
# %bb.0:
	slli	a1, a1, 2
.LBB0_1:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0)
	addi	a2, a2, %pcrel_lo(.LBB0_1)
	add	a1, a1, a2
	lw	a1, 0(a1)
	mulw	a0, a1, a0
	addiw	a0, a0, 5
	ret
.Lfunc_end0:
	.size	compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value, .Lfunc_end0-compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
.LBB1_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end)
	addi	a0, a0, %pcrel_lo(.LBB1_1)
	lw	a0, 0(a0)
.LBB1_2:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2)
	addi	a1, a1, %pcrel_lo(.LBB1_2)
	lw	a1, 0(a1)
.LBB1_3:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0)
	addi	a2, a2, %pcrel_lo(.LBB1_3)
	lw	a3, 0(a2)
	lw	a4, 4(a2)
	addw	a0, a0, a1
	mulw	a1, a3, a0
	lw	a3, 8(a2)
	mulw	a4, a4, a0
	lw	a2, 12(a2)
	addw	a1, a1, a4
	mulw	a3, a3, a0
	addw	a1, a1, a3
	mulw	a0, a2, a0
	addw	a0, a0, a1
	addi	s0, a0, 20
	addiw	a0, a0, 20
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 34
	call	putint@plt
	li	a0, 10
	call	putch@plt
	sraiw	a0, s0, 31
	srliw	a0, a0, 24
	add	a0, a0, s0
	andi	a0, a0, -256
	subw	a0, s0, a0
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end,@object # @a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end
	.section	.sdata,"aw",@progbits
	.globl	a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end
	.p2align	2
a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end:
	.word	11                              # 0xb
	.size	a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end, 4

	.type	a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2,@object # @a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2
	.globl	a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2
	.p2align	2
a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2:
	.word	22                              # 0x16
	.size	a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2, 4

	.type	Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0,@object # @Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0
	.data
	.globl	Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0
	.p2align	2
Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0:
	.word	1                               # 0x1
	.word	2                               # 0x2
	.word	3                               # 0x3
	.word	4                               # 0x4
	.size	Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0, 16

	.type	___underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_x9,@object # @___underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_x9
	.section	.rodata,"a",@progbits
	.globl	___underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_x9
	.p2align	2
___underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_x9:
	.word	5                               # 0x5
	.size	___underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_x9, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
